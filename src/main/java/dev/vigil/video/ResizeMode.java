package dev.vigil.video;

/** How frames reach the backbone's input size. */
public enum ResizeMode {
    /** Stretch to a square, ignoring aspect ratio: the reference's evaluation transform. */
    SQUARE,
    /** Scale the short side to a fixed length, then take the centre crop: how the backbones were trained. */
    SHORT_SIDE_CENTER_CROP,
    /** Scale the short side to a random length in a range, then a random crop: training augmentation. */
    RANDOM_SHORT_SIDE_CROP,
    /**
     * Scale to about cropSize² pixels keeping the aspect ratio, no crop: for descriptors anchored to a fixed camera's
     * frame, where every part of the picture is a place with its own normal.
     */
    KEEP_ASPECT
}
