package dev.vigil.report;

import dev.vigil.experiment.run.RunFolder;
import dev.vigil.io.AtomicFiles;
import dev.vigil.timeline.folder.TimelineFolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a shareable report of a run folder or a long-video output folder: one HTML file with its charts embedded as
 * PNG images, that any browser opens without Vigil and without the folder.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /** Where a report goes by default: beside the folder, named after it. */
    public static Path defaultFile(Path source) {
        Path absolute = source.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-report.html");
    }

    /**
     * Writes the report of {@code source} to {@code out} (replaced atomically).
     *
     * @throws IOException when the folder is neither a run nor a long-video output, or cannot be read
     */
    public static Path write(Path source, Path out) throws IOException {
        AtomicFiles.writeBytes(out, html(source).getBytes(StandardCharsets.UTF_8));
        return out;
    }

    /** The report of {@code source} as a page. */
    public static String html(Path source) throws IOException {
        if (!Files.isDirectory(source)) {
            throw new IOException(source + ": not a folder");
        }
        if (TimelineFolder.isTimeline(source)) {
            return TimelineReportPage.html(TimelineFolder.load(source));
        }
        if (Files.isRegularFile(source.resolve("config.json"))) {
            return RunReportPage.html(RunFolder.open(source).read());
        }
        throw new IOException(source + ": neither a run folder (config.json) nor a long-video output (timeline.json)");
    }
}
