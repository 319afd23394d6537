package dev.vigil.timeline.folder;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.detector.Detector;
import dev.vigil.detector.Detectors;
import dev.vigil.io.AtomicFiles;
import dev.vigil.io.Csv;
import dev.vigil.timeline.AnomalyMaps;
import dev.vigil.timeline.CellMapModel;
import dev.vigil.timeline.FlaggedSegment;
import dev.vigil.timeline.FrameRange;
import dev.vigil.timeline.TimelineRecipe;
import dev.vigil.timeline.TimelineReport;
import dev.vigil.timeline.VideoIssue;
import dev.vigil.timeline.VideoTimeline;
import dev.vigil.timeline.WindowScore;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Writes the files of a timeline output folder ({@link TimelineFiles}). */
final class TimelineWriter {

    private TimelineWriter() {
    }

    static void write(Path dir, TimelineReport report, Detector detector, CellMapModel maps, ObjectNode backbone)
            throws IOException {
        Files.createDirectories(dir);
        writeCsv(dir.resolve(TimelineFiles.FRAME_SCORES), writer -> frameScores(writer, report.videos()));
        writeCsv(dir.resolve(TimelineFiles.WINDOW_SCORES), writer -> windowScores(writer, report.videos()));
        writeCsv(dir.resolve(TimelineFiles.SEGMENTS), writer -> segments(writer, report));
        Optional<AnomalyMaps> grid = report.videos().stream().flatMap(v -> v.anomalyMaps().stream()).findFirst();
        if (grid.isPresent()) {
            writeCsv(dir.resolve(TimelineFiles.ANOMALY_MAPS), writer -> anomalyMaps(writer, report.videos(),
                    grid.get().columns() * grid.get().rows()));
        } else {
            Files.deleteIfExists(dir.resolve(TimelineFiles.ANOMALY_MAPS));
        }
        writeCsv(dir.resolve(TimelineFiles.SKIPPED), writer -> {
            Csv.writeLine(writer, List.of("video", "set", "path", "reason"));
            for (VideoIssue issue : report.skipped()) {
                Csv.writeLine(writer, List.of(issue.video(), issue.set(), issue.file() == null ? ""
                        : issue.file().toString(), issue.reason()));
            }
        });
        Detectors.save(detector, dir.resolve(TimelineFiles.DETECTOR));
        if (maps != null) {
            AtomicFiles.write(dir.resolve(TimelineFiles.CELL_MAPS), maps::write);
        } else {
            Files.deleteIfExists(dir.resolve(TimelineFiles.CELL_MAPS));
        }
        AtomicFiles.writeBytes(dir.resolve(TimelineFiles.BACKBONE), TimelineFiles.JSON.writeValueAsBytes(backbone));
        if (report.metrics().isPresent()) {
            ObjectNode metrics = MetricsJson.toJson(report.metrics().get());
            metrics.put("threshold", report.threshold().value());
            metrics.put("threshold_source", report.threshold().source());
            AtomicFiles.writeBytes(dir.resolve(TimelineFiles.METRICS), TimelineFiles.JSON.writeValueAsBytes(metrics));
        } else {
            Files.deleteIfExists(dir.resolve(TimelineFiles.METRICS));
        }
        AtomicFiles.writeBytes(dir.resolve(TimelineFiles.INDEX), TimelineFiles.JSON.writeValueAsBytes(index(report)));
    }

    /** Writes rows through a buffered UTF-8 writer. */
    @FunctionalInterface
    private interface Rows {
        void writeTo(Writer writer) throws IOException;
    }

    private static void writeCsv(Path file, Rows rows) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            rows.writeTo(writer);
            writer.flush();
        });
    }

    private static void frameScores(Writer writer, List<VideoTimeline> videos) throws IOException {
        Csv.writeLine(writer, List.of("video", "frame", "time", "score"));
        for (VideoTimeline v : videos) {
            String name = Csv.line(v.name());
            name = name.substring(0, name.length() - 1);
            double[] scores = v.frameScores();
            for (int f = 0; f < scores.length; f++) {
                writer.write(name);
                writer.write(',');
                writer.write(Integer.toString(f + 1));
                writer.write(',');
                writer.write(seconds(v.timeOf(f)));
                writer.write(',');
                writer.write(Double.toString(scores[f]));
                writer.write('\n');
            }
        }
    }

    private static void windowScores(Writer writer, List<VideoTimeline> videos) throws IOException {
        Csv.writeLine(writer, List.of("video", "window", "start_frame", "end_frame", "score"));
        for (VideoTimeline v : videos) {
            for (WindowScore w : v.windowScores()) {
                Csv.writeLine(writer, List.of(v.name(), Integer.toString(w.window().index() + 1),
                        Long.toString(w.window().first() + 1), Long.toString(w.window().last() + 1),
                        Double.isNaN(w.score()) ? "" : Double.toString(w.score())));
            }
        }
    }

    private static void segments(Writer writer, TimelineReport report) throws IOException {
        Csv.writeLine(writer, List.of("video", "segment", "start_frame", "end_frame", "start_time", "end_time",
                "frames", "peak_frame", "peak_score", "truth", "box_x", "box_y", "box_w", "box_h"));
        boolean measured = report.metrics().isPresent();
        for (int i = 0; i < report.videos().size(); i++) {
            VideoTimeline v = report.videos().get(i);
            List<FrameRange> events = report.events().get(i);
            int n = 0;
            for (FlaggedSegment s : v.segments()) {
                String truth = !measured ? "" : events.stream().anyMatch(s::overlaps) ? "hit" : "false alarm";
                List<String> row = new ArrayList<>(List.of(v.name(), Integer.toString(++n), Long.toString(s.first() + 1),
                        Long.toString(s.last() + 1), seconds(s.startSeconds(v.fps())), seconds(s.endSeconds(v.fps())),
                        Long.toString(s.frames()), Long.toString(s.peakFrame() + 1), Double.toString(s.peakScore()),
                        truth));
                Optional<AnomalyMaps.Box> box = v.boxOf(s);
                row.addAll(box.map(b -> List.of(Integer.toString(b.x()), Integer.toString(b.y()),
                        Integer.toString(b.width()), Integer.toString(b.height()))).orElse(List.of("", "", "", "")));
                Csv.writeLine(writer, row);
            }
        }
    }

    private static void anomalyMaps(Writer writer, List<VideoTimeline> videos, int cells) throws IOException {
        List<String> header = new ArrayList<>(List.of("video", "window"));
        for (int c = 1; c <= cells; c++) {
            header.add("cell_" + c);
        }
        Csv.writeLine(writer, header);
        for (VideoTimeline v : videos) {
            if (v.anomalyMaps().isEmpty()) {
                continue;
            }
            float[][] maps = v.anomalyMaps().get().byWindow();
            for (int w = 0; w < maps.length; w++) {
                if (maps[w] == null) {
                    continue;
                }
                List<String> row = new ArrayList<>(cells + 2);
                row.add(v.name());
                row.add(Integer.toString(w + 1));
                for (float value : maps[w]) {
                    row.add(Float.toString(value));
                }
                Csv.writeLine(writer, row);
            }
        }
    }

    private static String seconds(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static ObjectNode index(TimelineReport report) {
        ObjectNode root = TimelineFiles.JSON.createObjectNode();
        root.put("format", TimelineFiles.FORMAT);
        TimelineRecipe.of(report).writeTo(root);
        root.put("detector_name", report.detectorName());
        report.videos().stream().flatMap(v -> v.anomalyMaps().stream()).findFirst().ifPresent(m -> root
                .putObject("anomaly_maps").put("file", TimelineFiles.ANOMALY_MAPS).put("columns", m.columns())
                .put("rows", m.rows()));
        ArrayNode videos = root.putArray("videos");
        boolean measured = report.metrics().isPresent();
        for (int i = 0; i < report.videos().size(); i++) {
            VideoTimeline v = report.videos().get(i);
            ObjectNode node = videos.addObject();
            node.put("name", v.name());
            node.put("file", v.file().toAbsolutePath().normalize().toString());
            node.put("fps", v.fps());
            node.put("frames", v.frames());
            node.put("windows", v.windowScores().size());
            node.put("segments", v.segments().size());
            v.anomalyMaps().ifPresent(m -> node.put("width", m.videoWidth()).put("height", m.videoHeight()));
            if (measured) {
                // the ground truth matched to this video, so that a reader can measure at another threshold
                ArrayNode events = node.putArray("events");
                for (FrameRange event : report.events().get(i)) {
                    events.addArray().add(event.first() + 1).add(event.last() + 1);
                }
            }
        }
        ArrayNode skipped = root.putArray("skipped");
        for (VideoIssue issue : report.skipped()) {
            ObjectNode node = skipped.addObject().put("video", issue.video()).put("reason", issue.reason());
            if (!issue.set().isEmpty()) {
                node.put("set", issue.set());
            }
            if (issue.file() != null) {
                node.put("path", issue.file().toString());
            }
        }
        ArrayNode notes = root.putArray("notes");
        for (VideoIssue note : report.notes()) {
            notes.addObject().put("video", note.video()).put("note", note.reason());
        }
        ArrayNode unmatched = root.putArray("ground_truth_unmatched");
        report.truthUnmatched().forEach(unmatched::add);
        return root;
    }
}
