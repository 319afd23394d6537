package dev.vigil.util;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds enum constants by their {@link Identified#id() id}, and lists the ids, so that every choice read from a
 * config or a command line is matched and refused the same way.
 */
public final class EnumIds {

    private EnumIds() {
    }

    /** The constant whose id is {@code text}, ignoring case and surrounding spaces; empty for null. */
    public static <E extends Enum<E> & Identified> Optional<E> find(Class<E> type, String text) {
        String key = text == null ? "" : text.trim();
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.id().equalsIgnoreCase(key)).findFirst();
    }

    /**
     * The constant whose id is {@code text}, as {@link #find}, or an error that names the text, what it should have
     * been and the ids allowed: {@code 'x' is not a detector (allowed: autoencoder, knn, ...)}.
     *
     * @param what what a constant is, with its article: {@code "a detector"}
     */
    public static <E extends Enum<E> & Identified> E parse(Class<E> type, String text, String what) {
        return find(type, text).orElseThrow(() -> new IllegalArgumentException(
                "'" + text + "' is not " + what + " (allowed: " + allowed(type) + ")"));
    }

    /** The ids in declaration order, joined by {@code ", "}. */
    public static <E extends Enum<E> & Identified> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Identified::id).collect(Collectors.joining(", "));
    }
}
