package dev.vigil.progress;

/** Receives progress of a long job. Implementations must be cheap and thread-safe: workers call them. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = progress -> { };

    void onProgress(Progress progress);
}
