package dev.vigil.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.io.Csv;
import dev.vigil.timeline.Aggregation;
import dev.vigil.timeline.FlaggedSegment;
import dev.vigil.timeline.SegmentRules;
import dev.vigil.timeline.Smoothing;
import dev.vigil.timeline.VideoTimeline;
import dev.vigil.timeline.WindowSpec;
import dev.vigil.timeline.folder.TimelineResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a watch folder back as the long-video review reads a timeline folder: each hourly frame-score file is one
 * "video" named by its hour, holding the frames scored in it (gap rows leave no frames), with the events that began
 * in it as its segments. A watch records no continuous video, so there is nothing to play; the events' clips are in
 * {@value WatchFiles#CLIPS}.
 */
public final class WatchFolder {

    private WatchFolder() {
    }

    /** True when {@code dir} is a watch folder (it has {@value WatchFiles#INDEX}). */
    public static boolean isWatch(Path dir) {
        return Files.isRegularFile(dir.resolve(WatchFiles.INDEX));
    }

    /** @throws IOException naming the file, the row and what is wrong */
    public static TimelineResult load(Path dir) throws IOException {
        JsonNode index;
        try {
            index = new ObjectMapper().readTree(dir.resolve(WatchFiles.INDEX).toFile());
        } catch (IOException e) {
            throw new IOException(dir.resolve(WatchFiles.INDEX) + ": cannot be read (" + e.getMessage() + ")", e);
        }
        double fps = index.path("fps").asDouble(LiveWatch.DEFAULT_RATE);
        WindowSpec windows = new WindowSpec(index.path("window").asInt(1), index.path("stride").asInt(1));
        Map<Long, long[]> events = new HashMap<>();
        Path eventsFile = dir.resolve(WatchFiles.EVENTS_CSV);
        if (Files.exists(eventsFile)) {
            List<List<String>> rows = Csv.read(eventsFile);
            for (int i = 1; i < rows.size(); i++) {
                List<String> row = rows.get(i);
                try {
                    long first = Long.parseLong(row.get(4)) - 1;
                    events.put(first, new long[] {Long.parseLong(row.get(5)) - 1, Long.parseLong(row.get(6)) - 1,
                            Double.doubleToLongBits(Double.parseDouble(row.get(7)))});
                } catch (RuntimeException e) {
                    throw new IOException(eventsFile + " row " + (i + 1) + ": " + e.getMessage(), e);
                }
            }
        }
        List<VideoTimeline> videos = new ArrayList<>();
        Path scoresDir = dir.resolve(WatchFiles.FRAME_SCORES);
        if (Files.isDirectory(scoresDir)) {
            try (Stream<Path> files = Files.list(scoresDir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                    VideoTimeline hour = hour(file, fps, events);
                    if (hour != null) {
                        videos.add(hour);
                    }
                }
            }
        }
        if (videos.isEmpty()) {
            throw new IOException("watch folder " + dir + ": no frame was scored yet");
        }
        return new TimelineResult(dir, index.path("backbone").asText(), index.path("detector").asText(), windows,
                Aggregation.MAX, Smoothing.NONE, index.path("threshold").asDouble(),
                index.path("threshold_source").asText(), SegmentRules.forWindows(windows), videos, Map.of(),
                Optional.empty(), List.of());
    }

    /** One hourly file; a last line cut by a crash is left out. */
    private static VideoTimeline hour(Path file, double fps, Map<Long, long[]> events) throws IOException {
        List<Long> frames = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] field = line.split(",", -1);
            if (field.length < 4 || field[0].isEmpty() || field[3].isEmpty()) {
                continue;
            }
            try {
                long frame = Long.parseLong(field[0]) - 1;
                double score = Double.parseDouble(field[3]);
                frames.add(frame);
                scores.add(score);
            } catch (NumberFormatException e) {
                // the header, or a line cut short
            }
        }
        if (frames.isEmpty()) {
            return null;
        }
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < frames.size(); i++) {
            position.put(frames.get(i), i);
        }
        List<FlaggedSegment> segments = new ArrayList<>();
        for (Map.Entry<Long, long[]> e : events.entrySet()) {
            Integer first = position.get(e.getKey());
            if (first == null) {
                continue;
            }
            int last = position.getOrDefault(e.getValue()[0], frames.size() - 1);
            int peak = position.getOrDefault(e.getValue()[1], first);
            segments.add(new FlaggedSegment(first, Math.max(first, last), Math.min(Math.max(first, peak),
                    Math.max(first, last)), Double.longBitsToDouble(e.getValue()[2])));
        }
        segments.sort((a, b) -> Long.compare(a.first(), b.first()));
        String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
        return new VideoTimeline(name, file, fps, scores.stream().mapToDouble(Double::doubleValue).toArray(),
                List.of(), segments);
    }
}
