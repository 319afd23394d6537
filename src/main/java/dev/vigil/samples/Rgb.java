package dev.vigil.samples;

/** Colours as packed 0xRRGGBB ints, and the few conversions the painters need. */
final class Rgb {

    private Rgb() {
    }

    static int of(double r, double g, double b) {
        return (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
    }

    static int red(int color) {
        return (color >> 16) & 0xff;
    }

    static int green(int color) {
        return (color >> 8) & 0xff;
    }

    static int blue(int color) {
        return color & 0xff;
    }

    /** Hue in degrees, saturation and value in [0, 1]. */
    static int hsv(double hue, double saturation, double value) {
        double h = ((hue % 360) + 360) % 360 / 60.0;
        int sector = (int) Math.floor(h);
        double f = h - sector;
        double v = value * 255;
        double p = v * (1 - saturation);
        double q = v * (1 - saturation * f);
        double t = v * (1 - saturation * (1 - f));
        return switch (sector) {
            case 0 -> of(v, t, p);
            case 1 -> of(q, v, p);
            case 2 -> of(p, v, t);
            case 3 -> of(p, q, v);
            case 4 -> of(t, p, v);
            default -> of(v, p, q);
        };
    }

    /** The colour with each channel multiplied by {@code factor} (shading). */
    static int scale(int color, double factor) {
        return of(red(color) * factor, green(color) * factor, blue(color) * factor);
    }

    static int mix(int a, int b, double t) {
        return of(red(a) + (red(b) - red(a)) * t, green(a) + (green(b) - green(a)) * t,
                blue(a) + (blue(b) - blue(a)) * t);
    }

    static int clamp(double v) {
        return v <= 0 ? 0 : v >= 255 ? 255 : (int) (v + 0.5);
    }
}
