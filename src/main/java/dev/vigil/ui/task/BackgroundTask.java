package dev.vigil.ui.task;

import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.CancelledException;
import dev.vigil.progress.Progress;
import dev.vigil.progress.ProgressListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.function.Consumer;

/**
 * One named long job of the workbench (probe clips, train, score). Subclasses implement {@link #call} against the
 * core's {@link ProgressListener} and {@link CancellationToken}; a {@link TaskExecutor} runs it and turns its
 * progress into the {@code running}, {@code progress} and {@code message} properties, which change only on the
 * executor's UI thread. Handlers also run there, so they may touch view models.
 *
 * @param <V> what the job produces
 */
public abstract class BackgroundTask<V> {

    private final String title;
    private final CancellationToken cancellation = new CancellationToken();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Consumer<? super V> onSuccess = value -> { };
    private Consumer<? super Throwable> onFailure = error -> { };
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };
    private long startNanos;

    protected BackgroundTask(String title) {
        this.title = title;
    }

    /** The job itself, on a worker thread; check {@code cancellation} between units of work. */
    protected abstract V call(ProgressListener progress, CancellationToken cancellation) throws Exception;

    public final String title() {
        return title;
    }

    // Properties

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Fraction done in [0, 1], or -1 while unknown (an indeterminate bar). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // Commands

    /** Asks the job to stop at its next clean boundary; it then ends as cancelled. */
    public void cancel() {
        cancellation.cancel();
    }

    public boolean isCancelled() {
        return cancellation.isCancelled();
    }

    // Handlers, all run on the UI thread

    public BackgroundTask<V> onSuccess(Consumer<? super V> handler) {
        this.onSuccess = handler;
        return this;
    }

    public BackgroundTask<V> onFailure(Consumer<? super Throwable> handler) {
        this.onFailure = handler;
        return this;
    }

    public BackgroundTask<V> onCancelled(Runnable handler) {
        this.onCancelled = handler;
        return this;
    }

    /** Runs after success, failure or cancel. */
    public BackgroundTask<V> onFinished(Runnable handler) {
        this.onFinished = handler;
        return this;
    }

    // Executor side

    final V run(ProgressListener listener) throws Exception {
        return call(listener, cancellation);
    }

    final void markStarted() {
        startNanos = System.nanoTime();
        running.set(true);
        progress.set(-1);
        message.set(title + "…");
    }

    final void report(double fraction, String text) {
        progress.set(fraction);
        if (text != null && !text.isBlank()) {
            message.set(text);
        }
    }

    final void report(Progress update) {
        report(update.fraction(), update.message());
    }

    /** Seconds since the job started. */
    final double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /**
     * Records how the job ended (a job that threw after a cancel request, or threw {@link CancelledException}, ended
     * as cancelled); the handlers run afterwards through {@link #notifyHandlers}, so that the end is logged before
     * whatever the handlers start.
     */
    final Outcome finish(Throwable error) {
        running.set(false);
        if (error == null) {
            progress.set(1);
            return Outcome.SUCCEEDED;
        }
        if (error instanceof CancelledException || cancellation.isCancelled()) {
            message.set(title + " cancelled");
            return Outcome.CANCELLED;
        }
        message.set(title + " failed: " + describe(error));
        return Outcome.FAILED;
    }

    final void notifyHandlers(Outcome outcome, V value, Throwable error) {
        try {
            switch (outcome) {
                case SUCCEEDED -> onSuccess.accept(value);
                case CANCELLED -> onCancelled.run();
                case FAILED -> onFailure.accept(error);
            }
        } finally {
            onFinished.run();
        }
    }

    /** A message for a person: the exception's own message, or its type when it has none. */
    public static String describe(Throwable error) {
        Throwable shown = error;
        while (shown.getMessage() == null && shown.getCause() != null) {
            shown = shown.getCause();
        }
        return shown.getMessage() != null ? shown.getMessage() : shown.getClass().getSimpleName();
    }

    /** How a job ended. */
    public enum Outcome { SUCCEEDED, FAILED, CANCELLED }
}
