package dev.vigil.ui;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Manifest;
import dev.vigil.dataset.Split;
import dev.vigil.video.TestVideos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small datasets for the workbench's tests: real video files written by JavaCV, in the folder layout Vigil reads. */
public final class TestDatasets {

    public static final int FRAMES = 30;
    public static final int BITS = 6;

    private TestDatasets() {
    }

    /**
     * Writes {@code root/walk/a.mp4, b.mp4}, {@code root/run/c.mp4}, {@code root/bike/d.mp4} (anomaly), a broken
     * {@code root/run/broken.mp4}, and a manifest over them.
     */
    public static Path manifest(Path root) throws IOException {
        clip(root.resolve("walk/a.mp4"), 30);
        clip(root.resolve("walk/b.mp4"), 30);
        clip(root.resolve("run/c.mp4"), 30);
        clip(root.resolve("bike/d.mp4"), 30);
        Files.writeString(root.resolve("run/broken.mp4"), "this is not a video");
        Path manifest = root.resolve(Manifest.FILE_NAME);
        Manifest.write(manifest, List.of(
                new Clip("walk/a.mp4", 0, "walk", Split.TRAIN),
                new Clip("walk/b.mp4", 0, "walk", Split.TEST),
                new Clip("run/c.mp4", 0, "run", Split.VAL),
                new Clip("run/broken.mp4", 0, "run", Split.TRAIN),
                new Clip("bike/d.mp4", 1, "bike", Split.ANOMALY)));
        return manifest;
    }

    /** A clip whose frames carry their index (see {@link TestVideos#frameIndexCode}). */
    public static Path clip(Path file, int frames) throws IOException {
        Files.createDirectories(file.getParent());
        return TestVideos.write(file, 160, 64, frames, 25, false, TestVideos.frameIndexCode(BITS));
    }
}
