package dev.vigil.dataset;

import java.util.List;

/** Settings that cannot work; {@link #problems()} lists every wrong value with what is allowed, one per line. */
public class InvalidConfigException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidConfigException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
