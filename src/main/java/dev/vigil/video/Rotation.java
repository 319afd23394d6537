package dev.vigil.video;

/** Turns packed RGB frames by quarter turns, for phone videos that store a display rotation. */
final class Rotation {

    private Rotation() {
    }

    /**
     * Rotates {@code source} (the coded frame) clockwise by {@code degrees} into {@code target}, whose size after
     * rotation is {@code width × height}.
     */
    static void rotate(byte[] source, byte[] target, int offset, int degrees, int width, int height) {
        int sourceWidth = degrees % 180 == 0 ? width : height;
        int sourceHeight = degrees % 180 == 0 ? height : width;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int sx;
                int sy;
                switch (degrees) {
                    case 90 -> { sx = y; sy = sourceHeight - 1 - x; }
                    case 180 -> { sx = sourceWidth - 1 - x; sy = sourceHeight - 1 - y; }
                    case 270 -> { sx = sourceWidth - 1 - y; sy = x; }
                    default -> { sx = x; sy = y; }
                }
                int from = (sy * sourceWidth + sx) * 3;
                int to = offset + (y * width + x) * 3;
                target[to] = source[from];
                target[to + 1] = source[from + 1];
                target[to + 2] = source[from + 2];
            }
        }
    }
}
