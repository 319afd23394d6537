package dev.vigil.cli;

import dev.vigil.dataset.Manifest;
import dev.vigil.io.IoErrors;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.Progress;
import dev.vigil.samples.SampleGenerator;
import dev.vigil.samples.SampleSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Generates the sample sports-ground dataset. */
@Command(name = "generate-samples", mixinStandardHelpOptions = true,
        description = {"Generate the sample dataset: a sports ground where a figure walks, runs, jumps, does "
                + "jumping jacks, waves, bends or skips (normal) or falls, punches or crawls (anomalies).",
                "With the defaults it reproduces the bundled samples/ byte for byte."})
final class GenerateSamplesCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the dataset to.")
    private Path folder;

    @Option(names = "--seed", paramLabel = "N", description = "Master seed (default: ${DEFAULT-VALUE}).")
    private long seed = SampleSettings.DEFAULT_SEED;

    @Option(names = "--clips-per-class", paramLabel = "N", description = "Clips of each activity (default: ${DEFAULT-VALUE}).")
    private int clipsPerClass = SampleSettings.DEFAULT_CLIPS;

    @Option(names = "--seconds", paramLabel = "S", description = "Length of each clip (default: ${DEFAULT-VALUE}).")
    private double seconds = SampleSettings.DEFAULT_SECONDS;

    @Option(names = "--fps", paramLabel = "F", description = "Frame rate (default: ${DEFAULT-VALUE}).")
    private double fps = SampleSettings.DEFAULT_FPS;

    @Option(names = "--width", paramLabel = "W", description = "Frame width, even (default: ${DEFAULT-VALUE}).")
    private int width = SampleSettings.DEFAULT_WIDTH;

    @Option(names = "--height", paramLabel = "H", description = "Frame height, even (default: ${DEFAULT-VALUE}).")
    private int height = SampleSettings.DEFAULT_HEIGHT;

    @Option(names = "--bitrate", paramLabel = "BPS",
            description = "H.264 bits per second (default: 180000 scaled to the frame size and rate).")
    private Integer bitrate;

    @Option(names = "--threads", paramLabel = "N",
            description = "Clips made at once (default: the number of processors). The output does not depend on it.")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--overwrite", description = "Replace a dataset already in DIR (its manifest, README and clips).")
    private boolean overwrite;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SampleSettings settings;
        try {
            settings = new SampleSettings(seed, clipsPerClass, seconds, fps, width, height,
                    bitrate != null ? bitrate : SampleSettings.bitrateFor(width, height, fps));
        } catch (IllegalArgumentException e) {
            err.println("generate-samples: " + IoErrors.describe(e));
            return 2;
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            err.println("generate-samples: " + folder + " is a file, not a folder");
            return 2;
        }
        if (!overwrite && Files.exists(folder.resolve(Manifest.FILE_NAME))) {
            err.println("generate-samples: " + folder + " already holds a dataset (" + Manifest.FILE_NAME
                    + "); pass --overwrite to replace it");
            return 2;
        }
        SampleGenerator generator = new SampleGenerator(settings);
        int total = 10 * settings.clipsPerClass();
        out.printf(Locale.ROOT, "Generating %d clips (%dx%d, %d frames at %s fps) into %s%n", total,
                settings.width(), settings.height(), settings.frames(), fps, folder);
        long start = System.nanoTime();
        try {
            generator.generate(folder, threads, progress -> print(out, progress), CancellationToken.none());
        } catch (IOException e) {
            err.println("generate-samples: " + IoErrors.describe(e));
            return 1;
        }
        out.printf(Locale.ROOT, "Done in %.1f s: %d clips, %s and README.md in %s%n",
                (System.nanoTime() - start) / 1e9, total, Manifest.FILE_NAME, folder);
        return 0;
    }

    /** One line per clip; called from the worker threads, so each line is printed whole. */
    private static void print(PrintWriter out, Progress p) {
        out.printf(Locale.ROOT, "[%3d/%d] %s%s%n", p.done(), p.total(), p.message(),
                p.secondsLeft() >= 0 ? String.format(Locale.ROOT, "  (%.0f s left)", p.secondsLeft()) : "");
    }
}
