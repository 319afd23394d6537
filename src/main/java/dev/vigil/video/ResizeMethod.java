package dev.vigil.video;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.vigil.util.EnumIds;
import dev.vigil.util.Identified;

import java.util.Locale;

/**
 * Who shrinks decoded frames to the backbone's input size. Downsizing a 720×480 frame to 112×112 either averages
 * the pixels it drops (antialiasing) or reads only the few nearest ones; the embeddings of a network differ
 * between the two by more than they differ between clips, so the choice is recorded with every result.
 */
public enum ResizeMethod implements Identified {

    /**
     * The reference pipeline's tensors: frames decoded to RGB at full size, /255, normalised, then resized with
     * bilinear interpolation without antialiasing, as PyTorch's
     * {@code interpolate(mode='bilinear', align_corners=False, antialias=False)} does. Embeddings match the
     * reference's, so its published scores and thresholds apply.
     */
    @JsonProperty("reference")
    REFERENCE,

    /**
     * FFmpeg scales each sampled frame straight to the input size while decoding (bilinear with antialiasing),
     * then /255 and normalise: less work per clip, but not the reference's numbers.
     */
    @JsonProperty("antialias")
    ANTIALIAS;

    /** The word used in configs, cards and bundles. */
    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The method of a config or card word, or an error that lists the words. */
    public static ResizeMethod parse(String id) {
        for (ResizeMethod method : values()) {
            if (method.id().equals(id)) {
                return method;
            }
        }
        throw new IllegalArgumentException("resize method '" + id + "' is unknown (known: "
                + EnumIds.allowed(ResizeMethod.class) + ")");
    }
}
