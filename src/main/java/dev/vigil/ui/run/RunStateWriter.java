package dev.vigil.ui.run;

import dev.vigil.ui.results.RunUiState;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Writes {@link RunUiState}s off the UI thread, latest wins: when several states of a run wait, only the newest is
 * written, and writes never overtake each other.
 */
public final class RunStateWriter {

    private final Executor background;
    private final Consumer<String> log;
    private final Map<Path, RunUiState> pending = new ConcurrentHashMap<>();
    private final Object lock = new Object();

    /** @param log where a failed write is reported */
    public RunStateWriter(Executor background, Consumer<String> log) {
        this.background = background;
        this.log = log;
    }

    public void save(Path runDir, RunUiState state) {
        pending.put(runDir, state);
        background.execute(() -> {
            synchronized (lock) {
                RunUiState latest = pending.remove(runDir);
                if (latest == null) {
                    return;
                }
                try {
                    latest.write(runDir);
                } catch (IOException e) {
                    log.accept("The chosen threshold was not kept in " + runDir.resolve(RunUiState.FILE) + ": "
                            + e.getMessage());
                }
            }
        });
    }
}
