package dev.vigil.ui.model;

/** Where training and extraction run. */
public enum Device {
    CPU, GPU
}
