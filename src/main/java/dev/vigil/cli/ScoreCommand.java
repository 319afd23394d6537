package dev.vigil.cli;

import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.dataset.VideoFiles;
import dev.vigil.experiment.bundle.BundleArchive;
import dev.vigil.experiment.bundle.BundleKind;
import dev.vigil.experiment.bundle.BundleScorer;
import dev.vigil.experiment.bundle.DetectorBundle;
import dev.vigil.io.AtomicFiles;
import dev.vigil.io.Csv;
import dev.vigil.io.IoErrors;
import dev.vigil.io.OutputPaths;
import dev.vigil.progress.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Applies a detector bundle to new videos: a clip bundle scores each file as a whole, a timeline bundle each frame. */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Score videos with a detector bundle: embed each with the bundle's backbone and "
                + "preprocessing, score it with its detector and compare with its threshold.",
                "Writes CSV (path,score,verdict,reason; verdict anomaly, normal or failed) to --out or to stdout. "
                        + "A video that cannot be read is reported with the reason and the others go on.",
                "A timeline bundle (exported from a `vigil timeline` folder) scores every frame of each video as "
                        + "that run did and writes a timeline output folder to --out DIR (frame_scores.csv, "
                        + "window_scores.csv, segments.csv, anomaly_maps.csv, skipped.csv, timeline.json)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every video scored", "1:some video could not be scored (the CSV lists why)",
                "2:the bundle cannot be used, --out cannot be written, or no video was given"})
final class ScoreCommand implements Callable<Integer> {

    static final List<String> HEADER = List.of("path", "score", "verdict", "reason");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "VIDEO|FOLDER",
            description = "Videos, or folders searched (with their sub-folders) for video files.")
    private List<Path> inputs;

    @Option(names = "--bundle", required = true, paramLabel = "FILE", description = "The detector bundle (.vigil).")
    private Path bundleFile;

    @Option(names = "--out", paramLabel = "FILE|DIR",
            description = "CSV to write; default: stdout. With a timeline bundle: the output folder (required).")
    private Path out;

    @CommandLine.Mixin
    private EmbeddingOptions embedding = new EmbeddingOptions();



    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        BundleKind kind = null;
        IOException unusable = null;
        try {
            kind = BundleArchive.kindOf(bundleFile);
        } catch (IOException e) {
            unusable = e;
        }
        // the output first, as every command checks it before any work: a timeline bundle writes a folder
        Optional<String> unwritable = out == null ? Optional.empty() : kind == BundleKind.TIMELINE
                ? OutputPaths.folderProblem(out) : OutputPaths.fileProblem(out);
        if (unwritable.isPresent()) {
            err.println("score: --out " + unwritable.get());
            return 2;
        }
        if (unusable != null) {
            err.println("score: " + IoErrors.describe(unusable));
            return 2;
        }
        if (kind == BundleKind.TIMELINE) {
            return TimelineBundleScoring.run(bundleFile, inputs, out, embedding.cache(), embedding.threads(),
                    spec.commandLine().getOut(), err);
        }
        List<Path> videos = new ArrayList<>();
        List<String[]> missing = new ArrayList<>();
        for (Path input : inputs) {
            try {
                collect(input, videos, missing);
            } catch (IOException e) {
                missing.add(new String[] {input.toAbsolutePath().normalize().toString(), Files.exists(input)
                        ? "cannot be read (" + IoErrors.describe(e) + ")" : "no such file or folder"});
            }
        }
        if (videos.isEmpty() && missing.isEmpty()) {
            err.println("score: no video file in " + inputs + " (extensions: " + VideoFiles.extensionList() + ")");
            return 2;
        }
        try (DetectorBundle bundle = DetectorBundle.read(bundleFile);
             BundleScorer scorer = BundleScorer.open(bundle, BackboneRegistry.locate())) {
            err.println("score: " + videos.size() + " video(s) with " + bundle.name() + " (" + bundle.detector().name()
                    + ", threshold " + ReportText.threshold(bundle.threshold()) + ") on " + scorer.backbone().device());
            ProgressLine progress = new ProgressLine(err);
            List<BundleScorer.Scored> scored = videos.isEmpty() ? List.of() : scorer.score(videos,
                    embedding.cache(), embedding.threads(), progress, CancellationToken.none());
            progress.finish();
            return report(scored, missing, err);
        } catch (IOException e) {
            err.println("score: " + IoErrors.describe(e));
            return 2;
        }
    }

    private int report(List<BundleScorer.Scored> scored, List<String[]> missing, PrintWriter err) throws IOException {
        StringBuilder csv = new StringBuilder(Csv.line(HEADER));
        int anomalies = 0;
        int failed = missing.size();
        for (BundleScorer.Scored s : scored) {
            if (s.failed()) {
                failed++;
                err.println("score: " + s.file() + ": " + s.failure());
                csv.append(Csv.line(s.file().toString(), "", "failed", s.failure()));
            } else {
                anomalies += s.anomaly() ? 1 : 0;
                if (s.note() != null) {
                    err.println("score: note: " + s.file() + ": " + s.note());
                }
                csv.append(Csv.line(s.file().toString(), Double.toString(s.score()), s.anomaly() ? "anomaly"
                        : "normal", s.note() == null ? "" : s.note()));
            }
        }
        for (String[] m : missing) {
            err.println("score: " + m[0] + ": " + m[1]);
            csv.append(Csv.line(m[0], "", "failed", m[1]));
        }
        if (out != null) {
            try {
                AtomicFiles.writeString(out, csv.toString());
            } catch (IOException e) {
                err.println("score: cannot write --out " + IoErrors.describe(e));
                return 1;
            }
        } else {
            spec.commandLine().getOut().print(csv);
            spec.commandLine().getOut().flush();
        }
        err.printf(Locale.ROOT, "score: %d scored, %d anomalies, %d failed%s%n", scored.size() - (failed
                - missing.size()), anomalies, failed, out == null ? "" : "; wrote " + out.toAbsolutePath());
        err.flush();
        return failed > 0 ? 1 : 0;
    }

    /**
     * A video as given, or the video files under a folder in name order (hidden and system folders skipped). Links
     * that cannot be followed (loops, gone targets) go to {@code problems} as "path, reason", to be reported and
     * listed in the CSV like any file that failed.
     */
    static void collect(Path input, List<Path> videos, List<String[]> problems) throws IOException {
        if (!Files.isDirectory(input)) {
            if (Files.isSymbolicLink(input) && !Files.exists(input)) {
                problems.add(new String[] {input.toAbsolutePath().normalize().toString(), IoErrors.brokenLink(input)});
                return;
            }
            if (!Files.exists(input)) {
                throw new IOException("no such file");
            }
            videos.add(input);
            return;
        }
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(input, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(input) || !VideoFiles.isIgnoredFolder(dir.getFileName().toString())
                        ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!VideoFiles.isVideo(file.getFileName().toString())) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isRegularFile() || Files.isRegularFile(file)) {
                    found.add(file);
                } else if (attrs.isSymbolicLink()) {
                    problems.add(new String[] {file.toAbsolutePath().normalize().toString(),
                            IoErrors.brokenLink(file)});
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        videos.addAll(found);
    }
}
