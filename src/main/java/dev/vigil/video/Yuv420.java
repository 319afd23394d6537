package dev.vigil.video;

import java.nio.ByteBuffer;

/**
 * Packed RGB to planar YUV 4:2:0 (BT.601, video range), the layout H.264 encodes, in exact integer arithmetic so
 * that the same picture gives the same bytes on every processor.
 */
final class Yuv420 {

    private Yuv420() {
    }

    /** Writes the Y plane, then U, then V (each chroma sample the average of a 2×2 block) into {@code out}. */
    static void fromRgb(byte[] rgb, int width, int height, ByteBuffer out) {
        int chroma = width * height;
        int quarter = chroma / 4;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = (y * width + x) * 3;
                int r = rgb[i] & 0xff;
                int g = rgb[i + 1] & 0xff;
                int b = rgb[i + 2] & 0xff;
                out.put(y * width + x, (byte) (((66 * r + 129 * g + 25 * b + 128) >> 8) + 16));
            }
        }
        int halfWidth = width / 2;
        for (int y = 0; y < height / 2; y++) {
            for (int x = 0; x < halfWidth; x++) {
                int r = 0;
                int g = 0;
                int b = 0;
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        int i = ((2 * y + dy) * width + 2 * x + dx) * 3;
                        r += rgb[i] & 0xff;
                        g += rgb[i + 1] & 0xff;
                        b += rgb[i + 2] & 0xff;
                    }
                }
                // Sums of four samples: the extra factor 4 folds into the shift (8 + 2 bits).
                int u = ((-38 * r - 74 * g + 112 * b + 512) >> 10) + 128;
                int v = ((112 * r - 94 * g - 18 * b + 512) >> 10) + 128;
                out.put(chroma + y * halfWidth + x, (byte) u);
                out.put(chroma + quarter + y * halfWidth + x, (byte) v);
            }
        }
    }
}
