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
                PrepareCommand.class,
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
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new VigilCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }
}
