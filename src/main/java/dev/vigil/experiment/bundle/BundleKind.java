package dev.vigil.experiment.bundle;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.Locale;

/**
 * What a {@code .vigil} bundle scores: a clip as a whole ({@link DetectorBundle}), or long videos moment by moment
 * ({@link TimelineBundle}). {@code bundle.json} says which in {@code kind}; bundles written before there were two
 * kinds have no {@code kind} and are clip bundles.
 */
public enum BundleKind {
    CLIP(1),
    TIMELINE(2);

    /** The newest bundle version this Vigil reads. */
    static final int LATEST_VERSION = 2;

    /**
     * The bundle version written for this kind: clip bundles stay at 1 so that older Vigils still read them; timeline
     * bundles are 2 so that those refuse them with their version message instead of scoring them as clips.
     */
    final int version;

    BundleKind(int version) {
        this.version = version;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static BundleKind of(JsonNode manifest) throws IOException {
        JsonNode kind = manifest.path("kind");
        if (kind.isMissingNode()) {
            return CLIP;
        }
        for (BundleKind k : values()) {
            if (k.id().equals(kind.asText())) {
                return k;
            }
        }
        throw new IOException(BundleArchive.MANIFEST + ": kind '" + kind.asText() + "' is not known (clip or timeline)");
    }
}
