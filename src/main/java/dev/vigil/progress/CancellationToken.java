package dev.vigil.progress;

/**
 * Cooperative cancellation: the one who starts a job keeps the token and may {@link #cancel()} it; the job checks
 * {@link #throwIfCancelled()} between units of work (a clip, a batch) so that it stops at a clean boundary.
 */
public final class CancellationToken {

    private volatile boolean cancelled;

    /** A token that is never cancelled, for callers that do not offer cancel. */
    public static CancellationToken none() {
        return new CancellationToken();
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancelledException();
        }
    }
}
