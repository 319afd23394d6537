package dev.vigil.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.io.AtomicFiles;
import dev.vigil.io.Csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Appends closed events to {@value WatchFiles#EVENTS_CSV} and {@value WatchFiles#EVENTS_JSONL}. Each append writes
 * the whole file again through {@link AtomicFiles} (temporary file, flush to disk, rename): a reader, or the watch
 * after a crash, finds every event whole. Events are rare, so the rewrite costs little.
 */
public final class EventLog {

    public static final List<String> HEADER = List.of("event", "start_utc", "end_utc", "duration_s", "first_frame",
            "last_frame", "peak_frame", "peak_score", "threshold", "box_x", "box_y", "box_w", "box_h",
            "alert_latency_s", "snapshot", "clip");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path csv;
    private final Path jsonl;

    public EventLog(Path dir) {
        this.csv = dir.resolve(WatchFiles.EVENTS_CSV);
        this.jsonl = dir.resolve(WatchFiles.EVENTS_JSONL);
    }

    /** Events already in the folder (a watch started again goes on numbering after them). */
    public int existing() throws IOException {
        if (!Files.exists(jsonl)) {
            return 0;
        }
        try (var lines = Files.lines(jsonl, StandardCharsets.UTF_8)) {
            return (int) lines.filter(l -> !l.isBlank()).count();
        }
    }

    /**
     * Appends one event.
     *
     * @param snapshot the snapshot's path relative to the folder, or null
     * @param clip     the clip's path relative to the folder, or null
     */
    public void append(LiveEvent e, String snapshot, String clip, double latencySeconds) throws IOException {
        List<String> row = new ArrayList<>(List.of(Integer.toString(e.id()), utc(e.startMillis()), utc(e.endMillis()),
                number(e.durationSeconds()), Long.toString(e.firstFrame() + 1), Long.toString(e.lastFrame() + 1),
                Long.toString(e.peakFrame() + 1), Double.toString(e.peakScore()), Double.toString(e.threshold())));
        if (e.box() != null) {
            row.addAll(List.of(Integer.toString(e.box().x()), Integer.toString(e.box().y()),
                    Integer.toString(e.box().width()), Integer.toString(e.box().height())));
        } else {
            row.addAll(List.of("", "", "", ""));
        }
        row.add(Double.isNaN(latencySeconds) ? "" : number(latencySeconds));
        row.add(snapshot == null ? "" : snapshot);
        row.add(clip == null ? "" : clip);
        appendLine(csv, Csv.line(HEADER), Csv.line(row));
        ObjectNode json = JSON.createObjectNode();
        for (int i = 0; i < HEADER.size(); i++) {
            String value = row.get(i);
            if (value.isEmpty()) {
                json.putNull(HEADER.get(i));
            } else if (i == 1 || i == 2 || i >= 14) {
                json.put(HEADER.get(i), value);
            } else if (value.matches("-?\\d+")) {
                json.put(HEADER.get(i), Long.parseLong(value));
            } else {
                json.put(HEADER.get(i), Double.parseDouble(value));
            }
        }
        appendLine(jsonl, "", JSON.writeValueAsString(json) + "\n");
    }

    private static void appendLine(Path file, String header, String line) throws IOException {
        byte[] before = Files.exists(file) ? Files.readAllBytes(file) : header.getBytes(StandardCharsets.UTF_8);
        byte[] added = line.getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> {
            out.write(before);
            out.write(added);
        });
    }

    static String utc(long millis) {
        return Instant.ofEpochMilli(millis).toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
