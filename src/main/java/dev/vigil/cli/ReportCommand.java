package dev.vigil.cli;

import dev.vigil.report.ReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Writes a run's or a long-video output's report as one HTML file to share. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a shareable report of a run folder or a long-video output folder: one HTML file with "
                + "the charts embedded as images (box plots, ROC and precision–recall, loss curve, timelines with "
                + "their segments), the tables per detector and the settings. It opens in any browser."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:the folder cannot be read or the file cannot be written"})
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_DIR|TIMELINE_DIR",
            description = "A run folder, or the output folder of `timeline`.")
    private Path source;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The HTML file to write; default: <folder>-report.html beside the folder.")
    private Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Path file = out != null ? out : ReportWriter.defaultFile(source);
        try {
            ReportWriter.write(source, file);
        } catch (IOException e) {
            stderr.println("error: " + e.getMessage());
            return 1;
        }
        stdout.println("wrote " + file.toAbsolutePath().normalize());
        stdout.flush();
        return 0;
    }
}
