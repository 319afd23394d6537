package dev.vigil.cli;

import dev.vigil.backbone.BackboneException;
import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.EmbeddingCache;
import dev.vigil.dataset.VideoFiles;
import dev.vigil.experiment.bundle.TimelineBundle;
import dev.vigil.experiment.bundle.TimelineBundleScorer;
import dev.vigil.io.IoErrors;
import dev.vigil.progress.CancellationToken;
import dev.vigil.timeline.TimelineException;
import dev.vigil.timeline.TimelineReport;
import dev.vigil.timeline.VideoEntry;
import dev.vigil.timeline.VideoFolder;
import dev.vigil.timeline.VideoIssue;
import dev.vigil.timeline.VideoTimeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code vigil score} with a timeline bundle: every video scored moment by moment as the timeline run that made the
 * bundle scored its own, into a timeline output folder.
 */
final class TimelineBundleScoring {

    /** Windows per forward pass: the timeline's default; it changes speed, not scores. */
    private static final int BATCH = 16;

    private TimelineBundleScoring() {
    }

    /**
     * Exit code as {@code score} documents it: 0 every video scored, 1 some failed, 2 unusable bundle or no video.
     *
     * @param out the output folder, already checked to be writable (null: refused)
     */
    static int run(Path bundleFile, List<Path> inputs, Path out, EmbeddingCache cache, int threads, PrintWriter stdout,
                   PrintWriter err) {
        if (out == null) {
            err.println("score: a timeline bundle writes a folder of per-frame scores and segments: give --out DIR");
            return 2;
        }
        List<VideoIssue> failed = new ArrayList<>();
        List<VideoEntry> videos = videos(inputs, failed);
        if (videos.isEmpty() && failed.isEmpty()) {
            err.println("score: no video file in " + inputs + " (extensions: " + VideoFiles.extensionList() + ")");
            return 2;
        }
        failed.forEach(issue -> err.println("score: " + issue));
        try (TimelineBundle bundle = TimelineBundle.read(bundleFile);
             TimelineBundleScorer scorer = TimelineBundleScorer.open(bundle, BackboneRegistry.locate())) {
            err.printf(Locale.ROOT, "score: %d video(s) with timeline bundle %s (%s, window %d, stride %d, threshold "
                            + "%s) on %s%n", videos.size(), bundle.name(), bundle.detector().name(),
                    bundle.recipe().settings().windows().length(), bundle.recipe().settings().windows().stride(),
                    ReportText.threshold(bundle.threshold().value()), scorer.backbone().device());
            ProgressLine progress = new ProgressLine(err);
            TimelineReport report;
            try {
                report = scorer.score(videos, failed, out, cache, threads, BATCH, progress, CancellationToken.none(),
                        issue -> {
                            progress.finish();
                            err.println("score: " + issue);
                        });
            } catch (TimelineException | BackboneException e) {
                progress.finish();
                err.println("score: " + IoErrors.describe(e));
                return 1;
            } catch (IOException e) {
                progress.finish();
                err.println("score: cannot write --out " + out + ": " + IoErrors.describe(e));
                return 1;
            }
            progress.finish();
            report.notes().forEach(note -> err.println("note: " + note));
            for (VideoTimeline v : report.videos()) {
                stdout.printf(Locale.ROOT, "%s  %d frames  %d segment(s)%n", v.name(), v.frames(), v.segments().size());
            }
            stdout.println("wrote " + out.toAbsolutePath().normalize());
            stdout.flush();
            err.printf(Locale.ROOT, "score: %d scored, %d failed%n", report.videos().size(), report.skipped().size());
            err.flush();
            return report.skipped().isEmpty() ? 0 : 1;
        } catch (IOException e) {
            err.println("score: " + IoErrors.describe(e));
            return 2;
        }
    }

    /**
     * The videos to score with the names a timeline run gives them: a folder's videos by their path relative to it,
     * a file by its name; a name met twice is replaced by the full path, so that no two videos share one.
     */
    static List<VideoEntry> videos(List<Path> inputs, List<VideoIssue> failed) {
        List<VideoEntry> found = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try {
                    VideoFolder folder = VideoFolder.list(input);
                    found.addAll(folder.videos());
                    failed.addAll(folder.issues());
                } catch (IOException e) {
                    failed.add(new VideoIssue(input.toString(), "cannot be read (" + IoErrors.describe(e) + ")"));
                }
            } else if (Files.exists(input)) {
                found.add(new VideoEntry(input.getFileName().toString(), input));
            } else {
                failed.add(new VideoIssue(input.toString(), Files.isSymbolicLink(input) ? IoErrors.brokenLink(input)
                        : "no such file or folder"));
            }
        }
        Set<String> names = new HashSet<>();
        Set<Path> files = new HashSet<>();
        List<VideoEntry> videos = new ArrayList<>();
        for (VideoEntry v : found) {
            Path file = v.file().toAbsolutePath().normalize();
            if (files.add(file)) {
                videos.add(names.add(v.name()) ? v : new VideoEntry(file.toString(), v.file()));
            }
        }
        return videos;
    }
}
