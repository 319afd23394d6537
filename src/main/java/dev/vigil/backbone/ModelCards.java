package dev.vigil.backbone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.video.ResizeMethod;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes model cards as JSON ({@code models/<id>.json}). */
public final class ModelCards {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ModelCards() {
    }

    /** Reads a card; the message of a bad card names the file and the field. */
    public static ModelCard read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        }
    }

    /** Reads a card from a stream (a resource or a bundle entry); {@code origin} names it in errors. */
    public static ModelCard parse(InputStream in, String origin) throws IOException {
        try {
            return JSON.readValue(in, ModelCard.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            String reason = cause == e ? e.getOriginalMessage() : cause.getMessage();
            throw new IOException("model card " + origin + ": " + reason, e);
        }
    }

    public static String toJson(ModelCard card) {
        try {
            return JSON.writeValueAsString(card);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("model card " + card.id() + " cannot be written: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a card recorded with results (a run's {@code backbone.json}, a bundle's): one recorded before cards
     * named a resize method was made with frames FFmpeg scaled, so it reads as {@code antialias}, whatever the
     * default of new cards.
     */
    public static ModelCard fromRecordedJson(String json, String origin) throws IOException {
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IOException("model card " + origin + ": " + e.getOriginalMessage(), e);
        }
        if (tree instanceof ObjectNode node && !node.has("resize")) {
            node.put("resize", ResizeMethod.ANTIALIAS.id());
            return fromJson(JSON.writeValueAsString(node), origin);
        }
        return fromJson(json, origin);
    }

    public static ModelCard fromJson(String json, String origin) throws IOException {
        return parse(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), origin);
    }
}
