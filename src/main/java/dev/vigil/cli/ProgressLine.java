package dev.vigil.cli;

import dev.vigil.progress.Progress;
import dev.vigil.progress.ProgressListener;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * One line on the terminal that shows how far a long job is, rewritten in place with a carriage return. Updates
 * are limited to a few per second: a terminal that scrolls thousands of lines slows the job it reports on.
 */
final class ProgressLine implements ProgressListener {

    private static final long MIN_INTERVAL_NANOS = 200_000_000L;
    private static final int MAX_MESSAGE = 60;

    private final PrintWriter out;
    private long lastNanos;
    private int lastLength;
    private boolean shown;

    ProgressLine(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void onProgress(Progress progress) {
        long now = System.nanoTime();
        boolean last = progress.total() > 0 && progress.done() >= progress.total();
        if (shown && !last && now - lastNanos < MIN_INTERVAL_NANOS) {
            return;
        }
        lastNanos = now;
        String line = format(progress);
        out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        out.flush();
        lastLength = line.length();
        shown = true;
    }

    /** Ends the line, so that what is printed next starts on a fresh one. */
    synchronized void finish() {
        if (shown) {
            out.println();
            out.flush();
            shown = false;
            lastLength = 0;
        }
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
