package dev.vigil.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command-line interface: {@code java -jar vigil.jar <command> ...}. */
@Command(name = "vigil", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Video anomaly detection with pretrained space-time models.",
        subcommands = {
                ProbeCommand.class,
                BackbonesCommand.class,
                ExtractCommand.class,
                GenerateSamplesCommand.class,
                TimelineCommand.class,
                ReportCommand.class,
                PrepareCommand.class,
                TrainCommand.class,
                EvaluateCommand.class,
                ExportBundleCommand.class,
                ScoreCommand.class,
                WatchCommand.class,
                DemoCommand.class,
                CommandLine.HelpCommand.class
        })
public final class VigilCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Runs the command line and returns the exit code. */
    public static int execute(String... args) {
        quietLibraries();
        return commandLine().execute(args);
    }

    /**
     * On a terminal only warnings belong beside a command's own output: DJL's start-up notes (and its warning that
     * no CUDA driver is there on a machine without a GPU) are not for the user. -D settings still take precedence.
     */
    static void quietLibraries() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        if (System.getProperty("org.slf4j.simpleLogger.log.ai.djl") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.ai.djl", "error");
        }
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new VigilCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }
}
