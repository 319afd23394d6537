package dev.vigil.experiment.config;

import java.util.List;

/** A config with problems: each one names the key ({@code section.key}) and what is allowed there. */
public class ConfigException extends IllegalArgumentException {

    private final List<String> problems;

    public ConfigException(String source, List<String> problems) {
        super(message(source, problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String message(String source, List<String> problems) {
        String prefix = source == null ? "config" : "config " + source;
        if (problems.size() == 1) {
            return prefix + ": " + problems.get(0);
        }
        return prefix + ": " + problems.size() + " problems:\n  " + String.join("\n  ", problems);
    }
}
