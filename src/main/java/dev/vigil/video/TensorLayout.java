package dev.vigil.video;

/** Axis order of a clip tensor (without the batch axis). */
public enum TensorLayout {
    /** channels, time, height, width: R(2+1)D and SlowFast. */
    CTHW,
    /** time, channels, height, width: TimeSformer. */
    TCHW
}
