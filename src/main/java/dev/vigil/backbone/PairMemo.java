package dev.vigil.backbone;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Histograms of frame pairs that overlapping windows share. A long video is scored in windows that overlap (16
 * frames every 4: each pair of frames lies in four windows), and the optical flow of a pair is most of a window's
 * cost, so a pair seen again is taken from here. Keyed by a 64-bit hash of both frames' pixels and their size: a
 * hit gives exactly the values computing would, so results do not depend on it. Bounded: it forgets everything when
 * full, which costs recomputation only.
 */
final class PairMemo {

    private static final int CAPACITY = 256;

    private record Key(long first, long second, int width, int height, double frameRate) {
    }

    private final Map<Key, float[]> sums = new ConcurrentHashMap<>();

    /** The pair's histograms, computed by {@link SceneDescriptor#pairSums} when not kept. Thread-safe. */
    float[] pairSums(float[] a, float[] b, int w, int h, double frameRate) {
        Key key = new Key(hash(a), hash(b), w, h, frameRate);
        float[] kept = sums.get(key);
        if (kept != null) {
            return kept;
        }
        float[] computed = SceneDescriptor.pairSums(a, b, w, h, frameRate);
        if (sums.size() >= CAPACITY) {
            sums.clear();
        }
        sums.put(key, computed);
        return computed;
    }

    /** A 64-bit mix of the pixel values (splitmix64's finaliser per value). */
    static long hash(float[] pixels) {
        long h = 0x9E3779B97F4A7C15L ^ pixels.length;
        for (float p : pixels) {
            long z = h + Float.floatToRawIntBits(p) * 0xBF58476D1CE4E5B9L;
            h = (z ^ (z >>> 31)) * 0x94D049BB133111EBL + 0x9E3779B97F4A7C15L;
        }
        return h ^ (h >>> 29);
    }
}
