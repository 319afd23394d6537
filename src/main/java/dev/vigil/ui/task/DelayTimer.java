package dev.vigil.ui.task;

import java.time.Duration;

/**
 * Runs a task once a delay has passed, unless it is cancelled first. The workbench uses {@link SystemDelayTimer}, a
 * timer thread; tests hand in a timer whose time they move themselves, so that they need not sleep through the delay.
 */
public interface DelayTimer {

    /** Runs {@code task} on the timer's thread after {@code delay}. */
    Pending schedule(Duration delay, Runnable task);

    /** A task waiting for its delay. */
    interface Pending {

        /** Keeps the task from running if it has not started yet. */
        void cancel();
    }
}
