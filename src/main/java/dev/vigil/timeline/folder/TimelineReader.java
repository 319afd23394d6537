package dev.vigil.timeline.folder;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.io.Csv;
import dev.vigil.timeline.AnomalyMaps;
import dev.vigil.timeline.FlaggedSegment;
import dev.vigil.timeline.FrameRange;
import dev.vigil.timeline.FrameWindow;
import dev.vigil.timeline.TimelineMetrics;
import dev.vigil.timeline.TimelineRecipe;
import dev.vigil.timeline.TimelineSettings;
import dev.vigil.timeline.VideoIssue;
import dev.vigil.timeline.VideoTimeline;
import dev.vigil.timeline.WindowScore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the files of a timeline output folder ({@link TimelineFiles}) back. */
final class TimelineReader {

    private TimelineReader() {
    }

    /** What the index says of one video, filled in from the CSV files. */
    private static final class Video {
        final String name;
        final Path file;
        final double fps;
        final double[] scores;
        final List<WindowScore> windows = new ArrayList<>();
        final List<FlaggedSegment> segments = new ArrayList<>();
        int width;
        int height;
        final Map<Integer, float[]> maps = new HashMap<>();

        Video(String name, Path file, double fps, int frames) {
            this.name = name;
            this.file = file;
            this.fps = fps;
            this.scores = new double[frames];
            java.util.Arrays.fill(scores, Double.NaN);
        }
    }

    static TimelineFolderSummary summary(Path dir) throws IOException {
        JsonNode index = index(dir);
        int segments = 0;
        for (JsonNode v : index.path("videos")) {
            segments += v.path("segments").asInt();
        }
        double auroc = Double.NaN;
        Path metricsFile = dir.resolve(TimelineFiles.METRICS);
        if (Files.exists(metricsFile)) {
            JsonNode value = TimelineFiles.JSON.readTree(metricsFile.toFile()).path("frame_auroc");
            auroc = value.isNumber() ? value.asDouble() : Double.NaN;
        }
        return new TimelineFolderSummary(index.path("videos").size(), segments, index.path("detector_name").asText(),
                auroc);
    }

    private static JsonNode index(Path dir) throws IOException {
        Path indexFile = dir.resolve(TimelineFiles.INDEX);
        JsonNode index;
        try {
            index = TimelineFiles.JSON.readTree(indexFile.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new IOException("timeline folder " + dir + ": " + TimelineFiles.INDEX
                    + " is missing (not a timeline output, or the run did not finish)", e);
        } catch (IOException e) {
            throw new IOException(indexFile + ": not valid JSON (" + e.getMessage() + ")", e);
        }
        if (index.path("format").asInt() != TimelineFiles.FORMAT) {
            throw new IOException(indexFile + ": format " + index.path("format") + " is not supported (expected "
                    + TimelineFiles.FORMAT + ")");
        }
        return index;
    }

    static TimelineRecipe recipe(Path dir) throws IOException {
        return TimelineRecipe.readFrom(index(dir), dir.resolve(TimelineFiles.INDEX).toString());
    }

    static TimelineResult read(Path dir) throws IOException {
        Path indexFile = dir.resolve(TimelineFiles.INDEX);
        JsonNode index = index(dir);
        Map<String, Video> videos = new LinkedHashMap<>();
        Map<String, List<FrameRange>> events = new LinkedHashMap<>();
        for (JsonNode v : index.path("videos")) {
            int frames = v.path("frames").asInt();
            double fps = v.path("fps").asDouble();
            if (frames < 1 || !(fps > 0)) {
                throw new IOException(indexFile + ": video " + v.path("name").asText() + " has " + frames
                        + " frames at " + fps + " fps");
            }
            Video video = new Video(v.path("name").asText(), Path.of(v.path("file").asText()), fps, frames);
            video.width = v.path("width").asInt();
            video.height = v.path("height").asInt();
            videos.put(video.name, video);
            if (v.has("events")) {
                events.put(v.path("name").asText(), events(v.path("events"), indexFile, v.path("name").asText()));
            }
        }
        readFrameScores(dir.resolve(TimelineFiles.FRAME_SCORES), videos);
        readWindowScores(dir.resolve(TimelineFiles.WINDOW_SCORES), videos);
        readSegments(dir.resolve(TimelineFiles.SEGMENTS), videos);
        JsonNode grid = index.path("anomaly_maps");
        int columns = grid.path("columns").asInt();
        int rows = grid.path("rows").asInt();
        if (grid.isObject()) {
            readAnomalyMaps(dir.resolve(TimelineFiles.ANOMALY_MAPS), videos, columns * rows);
        }
        List<VideoTimeline> timelines = new ArrayList<>();
        for (Video v : videos.values()) {
            AnomalyMaps maps = null;
            if (!v.maps.isEmpty()) {
                float[][] byWindow = new float[v.windows.size()][];
                v.maps.forEach((w, map) -> {
                    if (w < byWindow.length) {
                        byWindow[w] = map;
                    }
                });
                try {
                    maps = new AnomalyMaps(columns, rows, v.width, v.height, byWindow);
                } catch (IllegalArgumentException e) {
                    throw new IOException(indexFile + ": video " + v.name + ": " + e.getMessage(), e);
                }
            }
            timelines.add(new VideoTimeline(v.name, v.file, v.fps, v.scores, v.windows, v.segments, maps));
        }
        List<VideoIssue> skipped = new ArrayList<>();
        for (JsonNode s : index.path("skipped")) {
            skipped.add(new VideoIssue(s.path("video").asText(), s.path("reason").asText(), s.path("set").asText(""),
                    s.hasNonNull("path") ? Path.of(s.path("path").asText()) : null));
        }
        Optional<TimelineMetrics> metrics = Optional.empty();
        Path metricsFile = dir.resolve(TimelineFiles.METRICS);
        if (Files.exists(metricsFile)) {
            metrics = Optional.of(MetricsJson.fromJson(TimelineFiles.JSON.readTree(metricsFile.toFile())));
        }
        TimelineRecipe recipe = TimelineRecipe.readFrom(index, indexFile.toString());
        TimelineSettings s = recipe.settings();
        try {
            return new TimelineResult(dir, recipe.backbone(), index.path("detector_name").asText(), s.windows(),
                    s.aggregation(), s.smoothing(), recipe.threshold().value(), recipe.threshold().source(),
                    s.segments(), timelines, events, metrics, skipped);
        } catch (IllegalArgumentException e) {
            throw new IOException(indexFile + ": " + e.getMessage(), e);
        }
    }

    private static List<FrameRange> events(JsonNode ranges, Path indexFile, String video) throws IOException {
        List<FrameRange> events = new ArrayList<>();
        for (JsonNode range : ranges) {
            try {
                events.add(FrameRange.oneBased(range.path(0).asLong(), range.path(1).asLong()));
            } catch (IllegalArgumentException e) {
                throw new IOException(indexFile + ": video " + video + " event " + range + ": " + e.getMessage(), e);
            }
        }
        return events;
    }

    private static void readFrameScores(Path file, Map<String, Video> videos) throws IOException {
        Map<String, Integer> filled = new HashMap<>();
        forEachRow(file, 4, (row, where) -> {
            Video v = video(videos, row.get(0), where);
            int frame = (int) whole(row.get(1), "frame", where);
            if (frame < 1 || frame > v.scores.length) {
                throw new IOException(where + "frame " + frame + " outside 1.." + v.scores.length);
            }
            v.scores[frame - 1] = number(row.get(3), "score", where);
            filled.merge(v.name, 1, Integer::sum);
        });
        for (Video v : videos.values()) {
            int got = filled.getOrDefault(v.name, 0);
            if (got != v.scores.length) {
                throw new IOException(file + ": video " + v.name + " has " + got + " frame scores, "
                        + TimelineFiles.INDEX + " says " + v.scores.length + " frames (truncated?)");
            }
        }
    }

    private static void readWindowScores(Path file, Map<String, Video> videos) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        forEachRow(file, 5, (row, where) -> {
            Video v = video(videos, row.get(0), where);
            int index = (int) whole(row.get(1), "window", where) - 1;
            long first = whole(row.get(2), "start_frame", where) - 1;
            long last = whole(row.get(3), "end_frame", where) - 1;
            double score = row.get(4).isBlank() ? Double.NaN : number(row.get(4), "score", where);
            try {
                v.windows.add(new WindowScore(new FrameWindow(index, first, last), score));
            } catch (IllegalArgumentException e) {
                throw new IOException(where + e.getMessage(), e);
            }
        });
    }

    private static void readSegments(Path file, Map<String, Video> videos) throws IOException {
        List<List<String>> rows = Csv.read(file);
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String where = file + " row " + (i + 1) + ": ";
            if (row.size() < 9) {
                throw new IOException(where + "expected at least 9 fields, got " + row.size());
            }
            Video v = video(videos, row.get(0), where);
            try {
                v.segments.add(new FlaggedSegment(whole(row.get(2), "start_frame", where) - 1,
                        whole(row.get(3), "end_frame", where) - 1, whole(row.get(7), "peak_frame", where) - 1,
                        number(row.get(8), "peak_score", where)));
            } catch (IllegalArgumentException e) {
                throw new IOException(where + e.getMessage(), e);
            }
        }
    }

    private static void readAnomalyMaps(Path file, Map<String, Video> videos, int cells) throws IOException {
        forEachRow(file, cells + 2, (row, where) -> {
            Video v = video(videos, row.get(0), where);
            int window = (int) whole(row.get(1), "window", where) - 1;
            float[] map = new float[cells];
            for (int c = 0; c < cells; c++) {
                map[c] = (float) number(row.get(c + 2), "cell_" + (c + 1), where);
            }
            v.maps.put(window, map);
        });
    }

    /** One row of a CSV file with the place to name in an error. */
    @FunctionalInterface
    private interface RowReader {
        void read(List<String> row, String where) throws IOException;
    }

    private static void forEachRow(Path file, int fields, RowReader reader) throws IOException {
        try (CsvRows rows = new CsvRows(file)) {
            List<String> row = rows.next();
            long n = 1;
            while ((row = rows.next()) != null) {
                n++;
                String where = file + " row " + n + ": ";
                if (row.size() != fields) {
                    throw new IOException(where + "expected " + fields + " fields, got " + row.size());
                }
                reader.read(row, where);
            }
        } catch (NoSuchFileException e) {
            throw new IOException(file + " is missing", e);
        }
    }

    private static Video video(Map<String, Video> videos, String name, String where) throws IOException {
        Video v = videos.get(name);
        if (v == null) {
            throw new IOException(where + "video " + name + " is not listed in " + TimelineFiles.INDEX);
        }
        return v;
    }

    private static long whole(String text, String column, String where) throws IOException {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IOException(where + column + " '" + text + "' is not a whole number", e);
        }
    }

    private static double number(String text, String column, String where) throws IOException {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IOException(where + column + " '" + text + "' is not a number", e);
        }
    }
}
