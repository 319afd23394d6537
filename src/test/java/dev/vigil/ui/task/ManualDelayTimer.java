package dev.vigil.ui.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A timer whose time moves only when the test moves it: tasks run, on the test's thread, once their delay is up. */
public final class ManualDelayTimer implements DelayTimer {

    private final List<Waiting> waiting = new ArrayList<>();
    private Duration now = Duration.ZERO;

    @Override
    public synchronized Pending schedule(Duration delay, Runnable task) {
        Waiting entry = new Waiting(now.plus(delay), task);
        waiting.add(entry);
        return () -> {
            synchronized (this) {
                waiting.removeIf(w -> w == entry);
            }
        };
    }

    /** Moves time on by {@code step} and runs every task that has come due, earliest first. */
    public void advance(Duration step) {
        List<Waiting> due;
        synchronized (this) {
            now = now.plus(step);
            due = waiting.stream().filter(w -> w.at().compareTo(now) <= 0)
                    .sorted(Comparator.comparing(Waiting::at)).toList();
            waiting.removeIf(due::contains);
        }
        due.forEach(w -> w.task().run());
    }

    private record Waiting(Duration at, Runnable task) {
    }
}
