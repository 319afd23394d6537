package dev.vigil.ui.review;

/** What the review screen shows: the clips of a dataset or run, or the long videos of a timeline folder. */
public enum ReviewMode {
    CLIPS, LONG_VIDEOS
}
