package dev.vigil.video;

import dev.vigil.backbone.Npy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The reference pipeline's own tensors for a small committed clip, written by
 * src/test/python/make_reference_fixtures.py with Debian's python3-torch: what Vigil's reference preprocessing
 * must reproduce.
 */
public final class ReferenceFixtures {

    /** R(2+1)D-18's normalisation, as the fixtures use it. */
    public static final float[] MEAN = {0.43216f, 0.394666f, 0.37645f};
    public static final float[] STD = {0.22803f, 0.22145f, 0.216989f};
    /** Frames sampled and side of the square evaluation input. */
    public static final int FRAMES = 8;
    public static final int SIZE = 24;

    private ReferenceFixtures() {
    }

    public static Path file(String name) {
        try {
            return Path.of(ReferenceFixtures.class.getResource("reference/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource dev/vigil/video/reference/" + name + " is missing", e);
        }
    }

    /** The 160×120, 10 fps, 2.6 s clip the reference tensors were made from. */
    public static Path clip() {
        return file("reference_clip.mp4");
    }

    /** A .npy fixture flattened in C order (tensors are stored as rows of one plane: [C·T, H·W]). */
    public static float[] flat(String name) throws IOException {
        float[][] rows = Npy.read(file(name));
        int columns = rows[0].length;
        float[] out = new float[rows.length * columns];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, out, r * columns, columns);
        }
        return out;
    }

    /** ‖actual − expected‖ / ‖expected‖. */
    public static double relativeL2(float[] actual, float[] expected) {
        if (actual.length != expected.length) {
            throw new IllegalArgumentException(actual.length + " values against " + expected.length);
        }
        double difference = 0;
        double norm = 0;
        for (int i = 0; i < expected.length; i++) {
            double d = (double) actual[i] - expected[i];
            difference += d * d;
            norm += (double) expected[i] * expected[i];
        }
        return Math.sqrt(difference / norm);
    }
}
