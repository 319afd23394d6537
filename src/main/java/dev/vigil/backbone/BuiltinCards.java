package dev.vigil.backbone;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The built-in descriptors' cards, bundled as resources. */
final class BuiltinCards {

    private BuiltinCards() {
    }

    /** The card bundled as {@code dev/vigil/backbone/<resource>}, checked against the descriptor's size. */
    static ModelCard load(String resource, int descriptorSize) {
        try (InputStream in = BuiltinCards.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource dev/vigil/backbone/" + resource + " is missing from the build");
            }
            ModelCard card = ModelCards.parse(in, resource + " (resource)");
            if (card.embeddingSize() != descriptorSize) {
                throw new IllegalStateException(resource + " says " + card.embeddingSize() + " values, the descriptor"
                        + " computes " + descriptorSize);
            }
            return card;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
