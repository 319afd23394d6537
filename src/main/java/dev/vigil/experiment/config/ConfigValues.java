package dev.vigil.experiment.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Turns a value as a user wrote it (YAML is loose: {@code 8}, {@code "8"} and {@code 8.0} all mean eight) into its
 * one canonical form, or explains what is wrong without naming the key (the caller adds it).
 */
final class ConfigValues {

    private ConfigValues() {
    }

    static UnaryOperator<JsonNode> integer(long min, long max) {
        return node -> {
            long value = wholeNumber(node);
            if (value < min || value > max) {
                throw new IllegalArgumentException("must be " + range(min, max) + ", got " + value);
            }
            return value <= Integer.MAX_VALUE && value >= Integer.MIN_VALUE ? IntNode.valueOf((int) value)
                    : LongNode.valueOf(value);
        };
    }

    static UnaryOperator<JsonNode> number(double min, boolean minOpen, double max, boolean maxOpen) {
        return node -> {
            double value = number(node);
            boolean low = minOpen ? value > min : value >= min;
            boolean high = maxOpen ? value < max : value <= max;
            if (!low || !high) {
                throw new IllegalArgumentException("must be in " + (minOpen ? "(" : "[") + format(min) + ", "
                        + format(max) + (maxOpen ? ")" : "]") + ", got " + format(value));
            }
            return DoubleNode.valueOf(value);
        };
    }

    /** 0/1 as the reference writes flags; true/false are accepted. */
    static JsonNode flag(JsonNode node) {
        if (node.isBoolean()) {
            return IntNode.valueOf(node.booleanValue() ? 1 : 0);
        }
        String text = node.asText().trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "1", "1.0", "true", "yes" -> IntNode.valueOf(1);
            case "0", "0.0", "false", "no" -> IntNode.valueOf(0);
            default -> throw new IllegalArgumentException("must be 0 or 1, got '" + node.asText() + "'");
        };
    }

    static JsonNode text(JsonNode node) {
        if (!node.isValueNode() || node.asText().isBlank()) {
            throw new IllegalArgumentException("must be a non-empty text");
        }
        return TextNode.valueOf(node.asText().trim());
    }

    /** Layer sizes: {@code "512,256,128"} (the reference's form, kept) or a list of whole numbers. */
    static JsonNode sizes(JsonNode node) {
        List<String> parts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> parts.add(n.asText()));
        } else {
            for (String part : node.asText().split(",")) {
                parts.add(part);
            }
        }
        List<String> sizes = new ArrayList<>();
        for (String part : parts) {
            String trimmed = part.trim();
            if (!trimmed.matches("\\d+") || Long.parseLong(trimmed) < 1 || Long.parseLong(trimmed) > 1_000_000) {
                throw new IllegalArgumentException("must be layer sizes such as 512,256,128, got '" + node.asText()
                        + (node.isArray() ? node.toString() : "") + "'");
            }
            sizes.add(Long.toString(Long.parseLong(trimmed)));
        }
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("must list at least one layer size, such as 512,256,128");
        }
        return TextNode.valueOf(String.join(",", sizes));
    }

    /** One number per colour channel: a list of 1 or 3 numbers (a single number means all channels). */
    static UnaryOperator<JsonNode> channels(boolean positive) {
        return node -> {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            List<JsonNode> items = new ArrayList<>();
            if (node.isArray()) {
                node.forEach(items::add);
            } else {
                items.add(node);
            }
            if (items.size() != 1 && items.size() != 3) {
                throw new IllegalArgumentException("must be 1 or 3 numbers (one per colour channel), got "
                        + items.size());
            }
            for (JsonNode item : items) {
                double value = number(item);
                if (positive && !(value > 0)) {
                    throw new IllegalArgumentException("must be numbers above 0, got " + format(value));
                }
                out.add(value);
            }
            return out;
        };
    }

    /** One of the allowed ids, matched ignoring case; returns the canonical spelling. */
    static UnaryOperator<JsonNode> choice(List<String> allowed) {
        return node -> TextNode.valueOf(pick(node.asText(), allowed));
    }

    /** A list of allowed ids (or one comma-separated text), without repeats. */
    static UnaryOperator<JsonNode> choices(List<String> allowed) {
        return node -> {
            List<String> raw = new ArrayList<>();
            if (node.isArray()) {
                node.forEach(n -> raw.add(n.asText()));
            } else {
                for (String part : node.asText().split(",")) {
                    raw.add(part);
                }
            }
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            List<String> seen = new ArrayList<>();
            for (String item : raw) {
                String id = pick(item, allowed);
                if (!seen.contains(id)) {
                    seen.add(id);
                    out.add(id);
                }
            }
            if (seen.isEmpty()) {
                throw new IllegalArgumentException("must name at least one of " + String.join(", ", allowed));
            }
            return out;
        };
    }

    /** {@code ledoit-wolf}, or a fixed shrinkage in [0, 1]. */
    static JsonNode shrinkage(JsonNode node) {
        String text = node.asText().trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (text.equals("ledoit-wolf") || text.equals("lw") || text.equals("auto")) {
            return TextNode.valueOf("ledoit-wolf");
        }
        try {
            return number(0, false, 1, false).apply(node);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be ledoit-wolf or a number in [0, 1], got '" + node.asText()
                    + "'");
        }
    }

    private static String pick(String text, List<String> allowed) {
        String key = text == null ? "" : text.trim();
        for (String id : allowed) {
            if (id.equalsIgnoreCase(key)) {
                return id;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not allowed (allowed: " + String.join(", ", allowed)
                + ")");
    }

    private static long wholeNumber(JsonNode node) {
        double value = number(node);
        if (value != Math.rint(value) || Math.abs(value) > 9e15) {
            throw new IllegalArgumentException("must be a whole number, got " + format(value));
        }
        return (long) value;
    }

    private static double number(JsonNode node) {
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            try {
                double value = Double.parseDouble(node.asText().trim());
                if (Double.isFinite(value)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("must be a number, got '" + (node.isValueNode() ? node.asText()
                : node.toString()) + "'");
    }

    private static String range(long min, long max) {
        return max == Long.MAX_VALUE ? "a whole number ≥ " + min : "a whole number in [" + min + ", " + max + "]";
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
