package dev.vigil.dataset;

/**
 * One row of a manifest: a clip of a class, its label and split. A clip may appear several times as augmented
 * views when training classes are balanced.
 *
 * @param path      path relative to the dataset root, with forward slashes
 * @param label     0 normal, 1 anomaly
 * @param className the (grouped) class name
 * @param split     the split it belongs to
 * @param view      0 for the clip as it is; k &gt; 0 for the k-th augmented view (its augmentation seed derives from k)
 */
public record Clip(String path, int label, String className, Split split, int view) {

    public Clip {
        if (label != 0 && label != 1) {
            throw new IllegalArgumentException("label must be 0 (normal) or 1 (anomaly), got " + label);
        }
        if (view < 0) {
            throw new IllegalArgumentException("view must be 0 or more, got " + view);
        }
    }

    public Clip(String path, int label, String className, Split split) {
        this(path, label, className, split, 0);
    }

    public boolean isAnomaly() {
        return label == 1;
    }

    /** A stable text key for the clip and view, for caches and tables. */
    public String key() {
        return view == 0 ? path : path + "#view" + view;
    }
}
