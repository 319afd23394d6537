package dev.vigil.experiment.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated experiment config: dataset, backbone, preprocessing, detectors and training in the reference's
 * layout ({@link ConfigSchema}). Every key holds its canonical value, defaults included, so the config written to a
 * run folder records the whole experiment. Immutable: {@link #with} returns a changed copy, validated the same way
 * as a file. Typed views of it are in {@link ExperimentSettings}.
 */
public final class ExperimentConfig {

    private final ObjectNode tree;

    private ExperimentConfig(ObjectNode tree) {
        this.tree = tree;
    }

    /** Every key at its default. */
    public static ExperimentConfig defaults() {
        return fromTree(JsonNodeFactory.instance.objectNode(), null);
    }

    /** Reads a {@code .json}, {@code .yaml} or {@code .yml} file. */
    public static ExperimentConfig read(Path file) throws IOException {
        ConfigFormat format = ConfigFormat.of(file);
        return parse(Files.readString(file), format, file.toString());
    }

    /**
     * Parses config text.
     *
     * @param source how problems name the config (a file name), or null
     * @throws ConfigException with every problem found, each naming its key and what is allowed
     */
    public static ExperimentConfig parse(String text, ConfigFormat format, String source) {
        JsonNode root;
        try {
            root = format.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": ";
            throw new ConfigException(source, List.of(where + e.getOriginalMessage()));
        }
        return fromTree(root == null || root.isMissingNode() ? JsonNodeFactory.instance.objectNode() : root, source);
    }

    /** Validates a tree of sections and keys, filling in defaults. */
    public static ExperimentConfig fromTree(JsonNode root, String source) {
        List<String> problems = new ArrayList<>();
        ObjectNode canonical = JsonNodeFactory.instance.objectNode();
        if (!root.isObject()) {
            throw new ConfigException(source, List.of("the config must be a map of sections ("
                    + String.join(", ", ConfigSchema.SECTIONS) + ")"));
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!ConfigSchema.SECTIONS.contains(name)) {
                problems.add(name + ": unknown section" + hint(name, ConfigSchema.SECTIONS) + " (allowed: "
                        + String.join(", ", ConfigSchema.SECTIONS) + ")");
            }
        }
        for (String section : ConfigSchema.SECTIONS) {
            canonical.set(section, section(section, root.get(section), problems));
        }
        if (problems.isEmpty()) {
            ConfigRules.check(canonical, problems);
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(source, problems);
        }
        return new ExperimentConfig(canonical);
    }

    private static ObjectNode section(String section, JsonNode given, List<String> problems) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        List<String> allowed = ConfigSchema.keys(section).stream().map(ConfigKey::name).toList();
        if (given != null && !given.isNull() && !given.isObject()) {
            problems.add(section + ": must be a map of keys (allowed: " + String.join(", ", allowed) + ")");
            given = null;
        }
        if (given != null && given.isObject()) {
            for (Iterator<String> names = given.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (ConfigSchema.find(section, name) == null) {
                    problems.add(section + "." + name + ": unknown key" + hint(name, allowed) + " (allowed: "
                            + String.join(", ", allowed) + ")");
                }
            }
        }
        for (ConfigKey key : ConfigSchema.keys(section)) {
            JsonNode value = given == null ? null : given.get(key.name());
            if (value == null || value.isNull()) {
                if (key.defaultValue() != null) {
                    out.set(key.name(), key.defaultValue().deepCopy());
                }
                continue;
            }
            try {
                out.set(key.name(), key.normalise().apply(value));
            } catch (IllegalArgumentException e) {
                problems.add(key.path() + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static String hint(String name, List<String> allowed) {
        String closest = ConfigSchema.closest(name, allowed);
        return closest == null ? "" : " (did you mean " + closest + "?)";
    }

    /**
     * A copy with one key changed, e.g. {@code with("model.num_epoch", 40)}; null removes the key (back to its
     * default).
     *
     * @throws ConfigException naming the key and what is allowed
     */
    public ExperimentConfig with(String path, Object value) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put(path, value);
        return with(change);
    }

    /** A copy with several keys changed at once, validated together (for a form's "apply"). */
    public ExperimentConfig with(Map<String, ?> changes) {
        ObjectNode copy = tree.deepCopy();
        for (Map.Entry<String, ?> change : changes.entrySet()) {
            String[] parts = change.getKey().split("\\.", 2);
            if (parts.length != 2) {
                throw new ConfigException(null, List.of(change.getKey()
                        + ": expected section.key, e.g. model.num_epoch"));
            }
            JsonNode existing = copy.get(parts[0]);
            ObjectNode section = existing instanceof ObjectNode object ? object : copy.putObject(parts[0]);
            if (change.getValue() == null) {
                section.remove(parts[1]);
            } else {
                section.set(parts[1], ConfigFormat.JSON.mapper().valueToTree(change.getValue()));
            }
        }
        return fromTree(copy, null);
    }

    /** The value at {@code section.key}, or null when an optional key is not set. */
    public JsonNode get(String path) {
        String[] parts = path.split("\\.", 2);
        JsonNode section = tree.get(parts[0]);
        JsonNode value = section == null || parts.length < 2 ? null : section.get(parts[1]);
        return value == null ? null : value.deepCopy();
    }

    /** A copy of the whole tree. */
    public ObjectNode tree() {
        return tree.deepCopy();
    }

    /** Typed views: training settings, autoencoder layout, detectors, preprocessing. */
    public ExperimentSettings settings() {
        return new ExperimentSettings(this::get);
    }

    /**
     * Checks the backbone id against those available.
     *
     * @throws ConfigException naming {@code model.name_time_model} and the known ids
     */
    public void checkBackbone(Collection<String> known) {
        String id = tree.path("model").path("name_time_model").asText();
        if (!known.contains(id)) {
            throw new ConfigException(null, List.of("model.name_time_model: '" + id + "' is not a known backbone"
                    + hint(id, List.copyOf(known)) + " (allowed: " + String.join(", ", known) + ")"));
        }
    }

    public String toText(ConfigFormat format) {
        try {
            return format.mapper().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a config tree always serialises", e);
        }
    }

    /** Writes the config atomically, as JSON or YAML by the file's extension. */
    public void write(Path file) throws IOException {
        AtomicFiles.writeString(file, toText(ConfigFormat.of(file)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExperimentConfig config && config.tree.equals(tree);
    }

    @Override
    public int hashCode() {
        return tree.hashCode();
    }

    @Override
    public String toString() {
        return tree.toString();
    }
}
