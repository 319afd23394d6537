package dev.vigil.experiment.config;

/** The rule for a run's name, which becomes a folder name: checked where a config is read and where a folder is made. */
public final class RunName {

    private RunName() {
    }

    /** Why {@code name} cannot name a run folder, or null when it can. */
    public static String problem(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            return "empty";
        }
        if (trimmed.equals(".") || trimmed.equals("..") || trimmed.matches(".*[/\\\\:*?\"<>|\\p{Cntrl}].*")) {
            return "must be a plain folder name (no / \\ : * ? \" < > | or control characters)";
        }
        return trimmed.length() > 200 ? "longer than 200 characters" : null;
    }
}
