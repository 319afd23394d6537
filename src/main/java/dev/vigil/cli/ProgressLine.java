package dev.vigil.cli;

import dev.vigil.progress.Progress;
import dev.vigil.progress.ProgressListener;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * How far a long job is. On a terminal, one line rewritten in place with a carriage return, a few times per second
 * (a terminal that scrolls thousands of lines slows the job it reports on). Written to a file or a pipe, where a
 * carriage return would join every update into one endless line, a plain line every few seconds, and the last.
 */
final class ProgressLine implements ProgressListener {

    private static final long TERMINAL_INTERVAL_NANOS = 200_000_000L;
    private static final long LOG_INTERVAL_NANOS = 5_000_000_000L;
    private static final int MAX_MESSAGE = 60;

    private final PrintWriter out;
    private final boolean terminal;
    private final long intervalNanos;
    private long lastNanos;
    private String lastLine = "";
    private boolean shown;

    /** Rewrites one line when Vigil runs on a terminal, else writes plain lines. */
    ProgressLine(PrintWriter out) {
        // Java cannot ask whether stderr is a terminal; without a console stdin or stdout is redirected, and then,
        // nearly always, stderr is too
        this(out, System.console() != null);
    }

    ProgressLine(PrintWriter out, boolean terminal) {
        this(out, terminal, terminal ? TERMINAL_INTERVAL_NANOS : LOG_INTERVAL_NANOS);
    }

    ProgressLine(PrintWriter out, boolean terminal, long intervalNanos) {
        this.out = out;
        this.terminal = terminal;
        this.intervalNanos = intervalNanos;
    }

    @Override
    public synchronized void onProgress(Progress progress) {
        long now = System.nanoTime();
        boolean last = progress.total() > 0 && progress.done() >= progress.total();
        if (shown && !last && now - lastNanos < intervalNanos) {
            return;
        }
        String line = format(progress);
        if (shown && line.equals(lastLine)) {
            return;
        }
        lastNanos = now;
        if (terminal) {
            out.print("\r" + line + " ".repeat(Math.max(0, lastLine.length() - line.length())));
        } else {
            out.println(line);
        }
        out.flush();
        lastLine = line;
        shown = true;
    }

    /** Ends the line, so that what is printed next starts on a fresh one. */
    synchronized void finish() {
        if (shown && terminal) {
            out.println();
            out.flush();
        }
        shown = false;
        lastLine = "";
    }

    static String format(Progress progress) {
        StringBuilder line = new StringBuilder(progress.stage()).append(' ').append(progress.done());
        if (progress.total() > 0) {
            line.append('/').append(progress.total());
        }
        if (progress.perSecond() > 0) {
            line.append(String.format(Locale.ROOT, "  %.1f/s", progress.perSecond()));
        }
        if (progress.secondsLeft() >= 0 && progress.done() < progress.total()) {
            long seconds = Math.round(progress.secondsLeft());
            line.append(String.format(Locale.ROOT, "  %d:%02d left", seconds / 60, seconds % 60));
        }
        String message = progress.message() == null ? "" : progress.message();
        if (message.length() > MAX_MESSAGE) {
            message = "…" + message.substring(message.length() - MAX_MESSAGE + 1);
        }
        return message.isEmpty() ? line.toString() : line.append("  ").append(message).toString();
    }
}
