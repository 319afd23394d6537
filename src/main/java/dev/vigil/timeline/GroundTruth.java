package dev.vigil.timeline;

import dev.vigil.io.Csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the anomalies of test videos are, as public video-anomaly benchmarks publish it: a CSV of
 * {@code video,start_frame,end_frame} rows, frames numbered from 1, both ends included, any number of rows per
 * video. A header row is optional. A video is named by its file name, with or without the extension
 * ({@code Test001} and {@code Test001.avi} are the same video), or by its path relative to the test folder when
 * two test videos share a name. A test video with no row is normal throughout. Overlapping or touching rows of one
 * video are one event.
 */
public final class GroundTruth {

    private final Map<String, List<FrameRange>> events;

    private GroundTruth(Map<String, List<FrameRange>> events) {
        this.events = events;
    }

    /** No anomalies anywhere. */
    public static GroundTruth none() {
        return new GroundTruth(Map.of());
    }

    /** Reads a ground-truth CSV; errors name the file, the line and the reason. */
    public static GroundTruth read(Path file) throws IOException {
        List<List<String>> rows = Csv.read(file);
        Map<String, List<FrameRange>> events = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (i == 0 && row.size() >= 3 && !isInteger(row.get(1))) {
                continue;
            }
            String where = "ground truth " + file + " row " + (i + 1) + ": ";
            if (row.size() != 3) {
                throw new IOException(where + "expected 3 fields video,start_frame,end_frame, got " + row.size());
            }
            String video = row.get(0).strip();
            if (video.isEmpty()) {
                throw new IOException(where + "the video name is empty");
            }
            long start = frameNumber(row.get(1), "start_frame", where);
            long end = frameNumber(row.get(2), "end_frame", where);
            if (end < start) {
                throw new IOException(where + "end_frame " + end + " is before start_frame " + start);
            }
            events.computeIfAbsent(video, v -> new ArrayList<>()).add(FrameRange.oneBased(start, end));
        }
        events.replaceAll((video, ranges) -> merge(ranges));
        return new GroundTruth(events);
    }

    private static boolean isInteger(String text) {
        return text.strip().matches("[+-]?\\d+");
    }

    private static long frameNumber(String text, String column, String where) throws IOException {
        if (!isInteger(text)) {
            throw new IOException(where + column + " '" + text.strip() + "' is not a whole number");
        }
        long value = Long.parseLong(text.strip());
        if (value < 1) {
            throw new IOException(where + column + " " + value + " is below 1 (frames are numbered from 1)");
        }
        return value;
    }

    /** Sorted, with overlapping or touching ranges joined. */
    static List<FrameRange> merge(List<FrameRange> ranges) {
        List<FrameRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong(FrameRange::first));
        List<FrameRange> merged = new ArrayList<>();
        for (FrameRange r : sorted) {
            FrameRange previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && r.first() <= previous.last() + 1) {
                merged.set(merged.size() - 1, new FrameRange(previous.first(), Math.max(previous.last(), r.last())));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    /** The names as the file writes them. */
    public List<String> videos() {
        return List.copyOf(events.keySet());
    }

    /**
     * The events of a test video, 0-based; empty when no row names it.
     *
     * @param relativePath the video's path relative to the test folder, with forward slashes
     */
    public List<FrameRange> eventsOf(String relativePath) {
        String key = nameOf(relativePath);
        return key == null ? List.of() : events.get(key);
    }

    /** The name under which the file lists this video, or null when it does not. */
    public String nameOf(String relativePath) {
        String fileName = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        for (String candidate : List.of(relativePath, stem(relativePath), fileName, stem(fileName))) {
            if (events.containsKey(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }

    /** One label per frame: true inside an event. Events past the last frame are cut. */
    public static boolean[] labels(List<FrameRange> events, int frameCount) {
        boolean[] labels = new boolean[frameCount];
        for (FrameRange r : events) {
            for (long f = r.first(); f <= Math.min(r.last(), frameCount - 1L); f++) {
                labels[(int) f] = true;
            }
        }
        return labels;
    }
}
