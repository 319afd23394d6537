package dev.vigil.ui.common;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executor;

/** The workbench log: timestamped lines, newest last, bounded so that a long session cannot fill memory. */
public final class LogViewModel {

    static final int MAX_LINES = 5000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final Executor uiThread;

    public LogViewModel(Executor uiThread) {
        this.uiThread = uiThread;
    }

    public ObservableList<String> lines() {
        return lines;
    }

    /** Adds a line; callable from any thread. */
    public void add(String line) {
        String stamped = LocalTime.now().format(TIME) + "  " + line;
        uiThread.execute(() -> {
            lines.add(stamped);
            if (lines.size() > MAX_LINES) {
                lines.remove(0, lines.size() - MAX_LINES);
            }
        });
    }

    public List<String> snapshot() {
        return List.copyOf(lines);
    }
}
