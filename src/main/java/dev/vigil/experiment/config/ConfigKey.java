package dev.vigil.experiment.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.function.UnaryOperator;

/**
 * One key of the experiment config.
 *
 * @param section      {@code dataset}, {@code model}, {@code data} or {@code detectors}
 * @param name         the key, as the reference spells it where it has one
 * @param defaultValue the value when the key is absent, or null for an optional key without default
 * @param normalise    checks a written value and returns its canonical form
 * @param help         what the key means, for help texts and tooltips
 */
public record ConfigKey(String section, String name, JsonNode defaultValue, UnaryOperator<JsonNode> normalise,
                        String help) {

    /** {@code section.name}, the way problems name a key. */
    public String path() {
        return section + "." + name;
    }
}
