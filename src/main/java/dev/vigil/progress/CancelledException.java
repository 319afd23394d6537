package dev.vigil.progress;

/** Thrown by a job that saw its {@link CancellationToken} cancelled; it has stopped at a clean boundary. */
public class CancelledException extends RuntimeException {

    public CancelledException() {
        super("cancelled");
    }
}
