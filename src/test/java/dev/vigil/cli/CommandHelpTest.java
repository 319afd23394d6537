package dev.vigil.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandHelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"train", "evaluate", "export-bundle", "score", "demo", "probe", "backbones", "extract",
            "generate-samples", "prepare"})
    void everyCommandExplainsItself(String command) {
        CommandRun help = CommandRun.of(command, "--help");
        assertEquals(0, help.code(), help.all());
        assertTrue(help.out().startsWith("Usage: vigil " + command), help.out());
        assertTrue(help.out().contains("-h, --help"), help.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"train", "demo", "score"})
    void theCommandsThatEmbedTakeTheCacheAndThreadOptions(String command) {
        String usage = CommandRun.of(command, "--help").out();
        assertTrue(usage.contains("--cache=DIR") && usage.contains("--no-cache") && usage.contains("--threads=N"),
                usage);
    }

    @ParameterizedTest
    @ValueSource(strings = {"train", "evaluate", "export-bundle", "score", "demo"})
    void theRootListsTheCommand(String command) {
        assertTrue(CommandRun.of("--help").out().contains("  " + command + " "), command);
    }
}
