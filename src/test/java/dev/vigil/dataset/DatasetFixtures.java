package dev.vigil.dataset;

import dev.vigil.video.TestVideos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Small real videos for dataset tests: written once by FFmpeg, then copied where a test needs many. */
final class DatasetFixtures {

    static final int WIDTH = 64;
    static final int HEIGHT = 48;
    static final double FPS = 10;

    private DatasetFixtures() {
    }

    /** Writes a grey clip of {@code frames} frames at 10 fps (H.264 for mp4/mov/mkv, MJPEG for avi). */
    static Path clip(Path file, int frames) throws IOException {
        Files.createDirectories(file.getParent());
        return TestVideos.write(file, WIDTH, HEIGHT, frames, FPS, false, TestVideos.grey());
    }

    /** Copies a clip to {@code target}, creating its folders. */
    static Path copy(Path clip, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return Files.copy(clip, target);
    }

    /** Every file and folder below {@code root} with its size and modification time, to prove nothing changed. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                String size = Files.isDirectory(path) ? "dir" : Long.toString(Files.size(path));
                state.put(root.relativize(path).toString(), size + "@" + Files.getLastModifiedTime(path).toMillis());
            }
        }
        return state;
    }
}
