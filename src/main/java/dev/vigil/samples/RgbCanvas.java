package dev.vigil.samples;

/**
 * A packed 8-bit RGB image (row by row, three bytes a pixel, as the encoder takes it) with the anti-aliased shapes
 * the scene is drawn from. Edges are blended by pixel coverage so that a limb a few pixels wide moves smoothly
 * between frames instead of jumping a whole pixel, which both looks right and keeps motion measurable.
 */
public final class RgbCanvas {

    private final int width;
    private final int height;
    private final byte[] rgb;

    /** Wraps a buffer of {@code width × height × 3} bytes; drawing writes into it. */
    public RgbCanvas(byte[] rgb, int width, int height) {
        if (rgb.length != width * height * 3) {
            throw new IllegalArgumentException("expected " + width * height * 3 + " bytes for " + width + "x" + height
                    + ", got " + rgb.length);
        }
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    public RgbCanvas(int width, int height) {
        this(new byte[width * height * 3], width, height);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixels, shared, not copied. */
    public byte[] pixels() {
        return rgb;
    }

    public int get(int x, int y) {
        int i = (y * width + x) * 3;
        return ((rgb[i] & 0xff) << 16) | ((rgb[i + 1] & 0xff) << 8) | (rgb[i + 2] & 0xff);
    }

    public void set(int x, int y, int color) {
        int i = (y * width + x) * 3;
        rgb[i] = (byte) Rgb.red(color);
        rgb[i + 1] = (byte) Rgb.green(color);
        rgb[i + 2] = (byte) Rgb.blue(color);
    }

    /** Mixes {@code color} into a pixel with weight {@code alpha} in [0, 1]; pixels outside are ignored. */
    public void blend(int x, int y, int color, double alpha) {
        if (x < 0 || y < 0 || x >= width || y >= height || alpha <= 0) {
            return;
        }
        int i = (y * width + x) * 3;
        if (alpha >= 1) {
            set(x, y, color);
            return;
        }
        rgb[i] = (byte) Rgb.clamp((rgb[i] & 0xff) + (Rgb.red(color) - (rgb[i] & 0xff)) * alpha);
        rgb[i + 1] = (byte) Rgb.clamp((rgb[i + 1] & 0xff) + (Rgb.green(color) - (rgb[i + 1] & 0xff)) * alpha);
        rgb[i + 2] = (byte) Rgb.clamp((rgb[i + 2] & 0xff) + (Rgb.blue(color) - (rgb[i + 2] & 0xff)) * alpha);
    }

    /**
     * A segment with round ends whose radius goes from {@code r0} at (x0, y0) to {@code r1} at (x1, y1): a limb,
     * a torso, a painted line.
     */
    public void capsule(double x0, double y0, double r0, double x1, double y1, double r1, int color, double alpha) {
        double rMax = Math.max(r0, r1) + 1;
        int left = (int) Math.floor(Math.min(x0, x1) - rMax);
        int right = (int) Math.ceil(Math.max(x0, x1) + rMax);
        int top = (int) Math.floor(Math.min(y0, y1) - rMax);
        int bottom = (int) Math.ceil(Math.max(y0, y1) + rMax);
        double dx = x1 - x0;
        double dy = y1 - y0;
        double lengthSquared = dx * dx + dy * dy;
        for (int y = Math.max(0, top); y <= Math.min(height - 1, bottom); y++) {
            double py = y + 0.5 - y0;
            for (int x = Math.max(0, left); x <= Math.min(width - 1, right); x++) {
                double px = x + 0.5 - x0;
                double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / lengthSquared));
                double ex = px - t * dx;
                double ey = py - t * dy;
                double coverage = r0 + (r1 - r0) * t - Math.sqrt(ex * ex + ey * ey) + 0.5;
                if (coverage > 0) {
                    blend(x, y, color, alpha * Math.min(1, coverage));
                }
            }
        }
    }

    /** A filled disc. */
    public void disc(double cx, double cy, double r, int color, double alpha) {
        capsule(cx, cy, r, cx, cy, r, color, alpha);
    }

    /** A filled axis-aligned ellipse whose edge fades over {@code softness} pixels (soft shadows, blotches). */
    public void ellipse(double cx, double cy, double rx, double ry, int color, double alpha, double softness) {
        int left = (int) Math.floor(cx - rx - 1);
        int right = (int) Math.ceil(cx + rx + 1);
        int top = (int) Math.floor(cy - ry - 1);
        int bottom = (int) Math.ceil(cy + ry + 1);
        double edge = Math.max(0.5, softness) / Math.min(rx, ry);
        for (int y = Math.max(0, top); y <= Math.min(height - 1, bottom); y++) {
            double ny = (y + 0.5 - cy) / ry;
            for (int x = Math.max(0, left); x <= Math.min(width - 1, right); x++) {
                double nx = (x + 0.5 - cx) / rx;
                double d = Math.sqrt(nx * nx + ny * ny);
                double coverage = (1 - d) / edge + 0.5;
                if (coverage > 0) {
                    blend(x, y, color, alpha * Math.min(1, coverage));
                }
            }
        }
    }

    /** A filled rectangle (pixel-aligned). */
    public void rect(int x0, int y0, int w, int h, int color, double alpha) {
        for (int y = Math.max(0, y0); y < Math.min(height, y0 + h); y++) {
            for (int x = Math.max(0, x0); x < Math.min(width, x0 + w); x++) {
                blend(x, y, color, alpha);
            }
        }
    }

    /** A filled triangle with anti-aliased edges (cones, flags). */
    public void triangle(double ax, double ay, double bx, double by, double cx, double cy, int color, double alpha) {
        int left = (int) Math.floor(Math.min(ax, Math.min(bx, cx)));
        int right = (int) Math.ceil(Math.max(ax, Math.max(bx, cx)));
        int top = (int) Math.floor(Math.min(ay, Math.min(by, cy)));
        int bottom = (int) Math.ceil(Math.max(ay, Math.max(by, cy)));
        double area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
        if (area == 0) {
            return;
        }
        double sign = Math.signum(area);
        for (int y = Math.max(0, top); y <= Math.min(height - 1, bottom); y++) {
            for (int x = Math.max(0, left); x <= Math.min(width - 1, right); x++) {
                double px = x + 0.5;
                double py = y + 0.5;
                double d = Math.min(edgeDistance(ax, ay, bx, by, px, py, sign),
                        Math.min(edgeDistance(bx, by, cx, cy, px, py, sign), edgeDistance(cx, cy, ax, ay, px, py, sign)));
                double coverage = d + 0.5;
                if (coverage > 0) {
                    blend(x, y, color, alpha * Math.min(1, coverage));
                }
            }
        }
    }

    /** Signed distance of (px, py) inside the edge a→b (positive inside for a triangle of orientation sign). */
    private static double edgeDistance(double ax, double ay, double bx, double by, double px, double py, double sign) {
        double ex = bx - ax;
        double ey = by - ay;
        double length = Math.sqrt(ex * ex + ey * ey);
        return sign * (ex * (py - ay) - ey * (px - ax)) / length;
    }
}
