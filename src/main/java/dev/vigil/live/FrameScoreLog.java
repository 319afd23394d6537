package dev.vigil.live;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Rolling per-frame scores in hourly files, {@value WatchFiles#FRAME_SCORES}/YYYY-MM-DDTHH.csv (UTC), so that a
 * watch of weeks is a folder of small files that can be read, copied or deleted an hour at a time. Rows are
 * appended and flushed about once a second; after a crash the last line of the newest file may be cut, and a reader
 * skips a line it cannot parse. A gap is a row of its own with no frame and no score.
 */
public final class FrameScoreLog implements LiveListener, AutoCloseable {

    public static final String HEADER = "frame,time,utc,score,note";
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Path dir;
    private final long startMillis;
    private BufferedWriter writer;
    private String hour;
    private long lastFlush;

    /** @param startMillis the watch's start: the {@code time} column counts seconds from it */
    public FrameScoreLog(Path watchDir, long startMillis) throws IOException {
        this.dir = Files.createDirectories(watchDir.resolve(WatchFiles.FRAME_SCORES));
        this.startMillis = startMillis;
    }

    /** The hourly file that holds a moment. */
    public static Path fileFor(Path watchDir, long millis) {
        return watchDir.resolve(WatchFiles.FRAME_SCORES).resolve(HOUR.format(Instant.ofEpochMilli(millis)) + ".csv");
    }

    @Override
    public void frameScored(long number, LivePicture frame, double score) {
        long millis = frame == null ? System.currentTimeMillis() : frame.wallMillis();
        row(millis, Long.toString(number + 1), Double.toString(score), "");
    }

    @Override
    public void gap(Gap gap, long nextFrame) {
        row(gap.startMillis(), "", "", String.format(Locale.ROOT, "gap %.3f s until %s: %s", gap.seconds(),
                EventLog.utc(gap.endMillis()), gap.reason().replace(',', ';')));
    }

    private void row(long millis, String frame, String score, String note) {
        try {
            String h = HOUR.format(Instant.ofEpochMilli(millis));
            if (!h.equals(hour)) {
                open(h);
            }
            writer.write(frame + "," + String.format(Locale.ROOT, "%.3f", (millis - startMillis) / 1000.0) + ","
                    + EventLog.utc(millis) + "," + score + "," + note + "\n");
            long now = System.currentTimeMillis();
            if (now - lastFlush >= 1000) {
                writer.flush();
                lastFlush = now;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("frame scores in " + dir + ": " + e.getMessage(), e);
        }
    }

    private void open(String h) throws IOException {
        if (writer != null) {
            writer.close();
        }
        Path file = dir.resolve(h + ".csv");
        boolean fresh = !Files.exists(file) || Files.size(file) == 0;
        writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        if (fresh) {
            writer.write(HEADER + "\n");
        }
        hour = h;
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
