package dev.vigil.cli;

import dev.vigil.timeline.BusyScene;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A timeline bundle of the scene backbone trained on two normal recordings of {@link BusyScene}, made through the
 * commands a user runs ({@code timeline}, then {@code export-bundle}).
 */
public final class SceneBundle {

    private SceneBundle() {
    }

    public static Path make(Path dir) throws Exception {
        Path train = Files.createDirectories(dir.resolve("train"));
        Path held = Files.createDirectories(dir.resolve("held"));
        BusyScene.write(train.resolve("normal_a.mp4"), 200, 10, -1, -1);
        BusyScene.write(train.resolve("normal_b.mp4"), 200, 11, -1, -1);
        BusyScene.write(held.resolve("normal_c.mp4"), 100, 12, -1, -1);
        Path timeline = dir.resolve("timeline");
        CommandRun run = CommandRun.of("timeline", "--train", train.toString(), "--test", held.toString(), "--out",
                timeline.toString(), "--no-cache", "--smooth", "5", "--percentile", "99", "--min-length", "3",
                "--gap", "6", "--threads", "2");
        if (run.code() != 0) {
            throw new IllegalStateException(run.all());
        }
        Path bundle = dir.resolve("scene.vigil");
        CommandRun export = CommandRun.of("export-bundle", timeline.toString(), "--out", bundle.toString());
        if (export.code() != 0) {
            throw new IllegalStateException(export.all());
        }
        return bundle;
    }
}
