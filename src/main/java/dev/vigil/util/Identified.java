package dev.vigil.util;

/** A choice with the word that configs, files and command lines use for it. */
public interface Identified {

    /** The word for this choice, e.g. {@code knn}. */
    String id();
}
