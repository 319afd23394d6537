package dev.vigil.samples;

import java.util.List;

/**
 * Paints the static background: a sports field seen from its side, with something beyond its far edge (trees,
 * stands, advertising boards under a sky), mown grass with stripes, wear and grain, white field lines in perspective,
 * sometimes a running track, a goal, cones and a ball. Every choice comes from the seed, so each clip gets its own
 * ground and the same seed always gives the same one.
 */
final class SportsGround {

    private final Rng rng;
    private final RgbCanvas canvas;
    private final int width;
    private final int height;
    /** Row of the field's far edge. */
    private final double far;
    /** The vanishing point of lines that run away from the camera, above the picture. */
    private final double vanishX;
    private final double vanishY;

    private SportsGround(long seed, RgbCanvas canvas) {
        this.rng = new Rng(seed);
        this.canvas = canvas;
        this.width = canvas.width();
        this.height = canvas.height();
        this.far = height * rng.uniform(0.2, 0.36);
        this.vanishX = width * rng.uniform(0.1, 0.9);
        this.vanishY = far - height * rng.uniform(0.7, 1.6);
    }

    /** Paints a ground for {@code seed} onto the whole canvas. */
    static void paint(long seed, RgbCanvas canvas) {
        SportsGround ground = new SportsGround(seed, canvas);
        ground.backdrop();
        ground.grass();
        if (ground.rng.chance(0.3)) {
            ground.track();
        }
        ground.lines();
        if (ground.rng.chance(0.4)) {
            ground.goal();
        }
        ground.props();
    }

    private void backdrop() {
        int skyTop = rng.chance(0.3) ? Rgb.hsv(0, 0, rng.uniform(0.7, 0.9)) : Rgb.hsv(rng.uniform(195, 225),
                rng.uniform(0.3, 0.6), rng.uniform(0.75, 0.95));
        int skyLow = Rgb.mix(skyTop, 0xF2F2EE, rng.uniform(0.3, 0.7));
        for (int y = 0; y < (int) Math.ceil(far); y++) {
            int color = Rgb.mix(skyTop, skyLow, y / far);
            for (int x = 0; x < width; x++) {
                canvas.set(x, y, color);
            }
        }
        double kind = rng.unit();
        if (kind < 0.45) {
            treeLine();
        } else if (kind < 0.8) {
            stands();
        } else {
            treeLine();
            stands();
        }
        if (rng.chance(0.55)) {
            boards();
        }
    }

    private void treeLine() {
        long seed = rng.nextLong();
        double base = far * rng.uniform(0.3, 0.6);
        double crowns = rng.uniform(25, 50);
        int leaf = Rgb.hsv(rng.uniform(90, 140), rng.uniform(0.35, 0.6), rng.uniform(0.18, 0.35));
        for (int x = 0; x < width; x++) {
            // Rounded crowns: the top of each lattice cell bulges like a tree, with gentler noise on top.
            double cell = Cycles.frac(x / crowns + ValueNoise.at(seed + 3, x / 90.0, 0) * 0.3);
            double crown = Math.sqrt(Math.max(0, 1 - (2 * cell - 1) * (2 * cell - 1)));
            double top = base - far * (0.12 * crown + 0.15 * ValueNoise.fractal(seed, x, 0, 60));
            for (int y = Math.max(0, (int) top); y < Math.ceil(far); y++) {
                double shade = 1 + 0.18 * ValueNoise.at(seed + 7, x / 4.0, y / 4.0) + 0.1 * (y - top) / far;
                canvas.set(x, y, Rgb.scale(leaf, shade));
            }
        }
    }

    private void stands() {
        double top = far * rng.uniform(0.15, 0.5);
        int concrete = Rgb.hsv(rng.uniform(20, 220), rng.uniform(0, 0.15), rng.uniform(0.35, 0.6));
        int tiers = 3 + rng.below(4);
        double tier = (far - top) / tiers;
        double crowd = rng.uniform(0.2, 0.7);
        for (int y = (int) top; y < Math.ceil(far); y++) {
            int row = (int) ((y - top) / tier);
            boolean step = (y - top) - row * tier < 1.2;
            for (int x = 0; x < width; x++) {
                int color = step ? Rgb.scale(concrete, 0.7) : Rgb.scale(concrete, 1 - 0.04 * row);
                canvas.set(x, y, color);
            }
        }
        // Spectators: soft blobs of muted colour on the tiers, in clumps rather than evenly spread.
        long seed = rng.nextLong();
        int count = (int) (crowd * width * (far - top) / 28);
        for (int i = 0; i < count; i++) {
            double x = rng.uniform(0, width);
            double y = rng.uniform(top + 2, far - 1);
            if (ValueNoise.at(seed, x / 25, y / 25) < 0) {
                continue;
            }
            int color = Rgb.hsv(rng.uniform(0, 360), rng.uniform(0.1, 0.5), rng.uniform(0.3, 0.8));
            canvas.disc(x, y, rng.uniform(0.9, 1.5), color, 0.7);
        }
    }

    private void boards() {
        double h = rng.uniform(6, 12);
        double x = -rng.uniform(0, 40);
        while (x < width) {
            double w = rng.uniform(30, 80);
            int color = Rgb.hsv(rng.uniform(0, 360), rng.uniform(0.4, 0.9), rng.uniform(0.45, 0.95));
            canvas.rect((int) x, (int) (far - h), (int) w - 1, (int) h, color, 1);
            int text = Rgb.mix(color, rng.chance(0.5) ? 0xFFFFFF : 0x111111, 0.7);
            canvas.rect((int) (x + w * 0.2), (int) (far - h * 0.65), (int) (w * 0.55), (int) Math.max(1, h * 0.3), text, 1);
            x += w;
        }
    }

    /**
     * The grass colour of the ground of {@code seed}, before stripes and texture: lets a figure be dressed so that it
     * stands out from the field.
     */
    static int grassColor(long seed) {
        Rng grass = new Rng(seed).fork("grass");
        return Rgb.hsv(grass.uniform(78, 135), grass.uniform(0.35, 0.7), grass.uniform(0.36, 0.62));
    }

    private void grass() {
        // The base colour comes from its own stream so that grassColor() can tell it without painting.
        Rng base = rng.fork("grass");
        double hue = base.uniform(78, 135);
        double saturation = base.uniform(0.35, 0.7);
        double value = base.uniform(0.36, 0.62);
        long seed = rng.nextLong();
        double stripes = rng.uniform(0.025, 0.08);
        boolean lengthwise = rng.chance(0.5);
        double stripeWidth = rng.uniform(18, 45);
        double grain = rng.uniform(4, 13);
        double blotch = rng.uniform(0.03, 0.09);
        double wear = rng.uniform(0, 0.5);
        double wearCell = rng.uniform(30, 80);
        int dry = Rgb.hsv(rng.uniform(38, 60), rng.uniform(0.3, 0.5), value * rng.uniform(0.95, 1.2));
        for (int y = (int) Math.floor(far); y < height; y++) {
            double depth = (y - vanishY) / (far - vanishY);
            // Mowing stripes: across the picture they widen with nearness; lengthwise they converge on the vanishing point.
            double stripeCoordinate = lengthwise ? 0 : stripeWidth * 6 / depth;
            for (int x = 0; x < width; x++) {
                double along = lengthwise ? vanishX + (x - vanishX) / depth : stripeCoordinate;
                boolean light = Math.floorMod((long) Math.floor(along / stripeWidth), 2) == 0;
                double v = value * (0.92 + 0.1 * Math.min(1.5, depth - 1)) * (light ? 1 + stripes : 1 - stripes);
                v *= 1 + blotch * ValueNoise.fractal(seed, x, y * 1.6, 11);
                int color = Rgb.hsv(hue, saturation, Math.min(1, v));
                double worn = wear * Math.max(0, ValueNoise.fractal(seed + 3, x, y * 1.8, wearCell));
                color = Rgb.mix(color, dry, Math.min(1, worn * 1.5));
                double speck = grain * ValueNoise.lattice(seed + 5, x, y);
                canvas.set(x, y, Rgb.of(Rgb.red(color) + speck, Rgb.green(color) + speck, Rgb.blue(color) + speck * 0.6));
            }
        }
    }

    private void track() {
        double top = rng.uniform(far + 10, height * 0.7);
        double bottom = Math.min(height + 2, top + rng.uniform(35, 80));
        int surface = Rgb.hsv(rng.uniform(5, 22), rng.uniform(0.45, 0.7), rng.uniform(0.45, 0.65));
        long seed = rng.nextLong();
        for (int y = (int) top; y < Math.min(height, (int) bottom); y++) {
            for (int x = 0; x < width; x++) {
                double grain = 6 * ValueNoise.lattice(seed, x, y);
                int c = surface;
                canvas.set(x, y, Rgb.of(Rgb.red(c) + grain, Rgb.green(c) + grain, Rgb.blue(c) + grain));
            }
        }
        int lanes = 3 + rng.below(3);
        for (int i = 0; i <= lanes; i++) {
            double y = top + (bottom - top) * i / lanes;
            fieldLine(0, y, width, y, 0.9);
        }
    }

    private void lines() {
        if (rng.chance(0.75)) {
            double y = far + rng.uniform(2, 10);
            fieldLine(0, y, width, y, 0.8);
        }
        boolean halfway = rng.chance(0.55);
        if (halfway) {
            double x = rng.uniform(-0.1, 1.1) * width;
            towardsCamera(x);
            if (rng.chance(0.7)) {
                centreCircle(x);
            }
        } else if (rng.chance(0.6)) {
            penaltyBox();
        }
        if (rng.chance(0.3)) {
            double y = rng.uniform(0.55, 0.98) * height;
            fieldLine(0, y, width, y, 1.4 * (y - vanishY) / (far - vanishY));
        }
    }

    /** A line on the ground from the far edge at {@code x} running towards the camera. */
    private void towardsCamera(double x) {
        double t = (height + 10 - vanishY) / (far - vanishY);
        fieldLine(x, far, vanishX + (x - vanishX) * t, height + 10, 1.2);
    }

    private void centreCircle(double x) {
        double cy = rng.uniform(far + 20, height * 0.8);
        double depth = (cy - vanishY) / (far - vanishY);
        double cx = vanishX + (x - vanishX) * depth;
        double rx = rng.uniform(40, 70) * depth;
        double ry = rx * rng.uniform(0.22, 0.34);
        int segments = 48;
        for (int i = 0; i < segments; i++) {
            double a0 = Cycles.TAU * i / segments;
            double a1 = Cycles.TAU * (i + 1) / segments;
            fieldLine(cx + rx * StrictMath.cos(a0), cy + ry * StrictMath.sin(a0), cx + rx * StrictMath.cos(a1),
                    cy + ry * StrictMath.sin(a1), 0.9 + 0.4 * (depth - 1));
        }
    }

    private void penaltyBox() {
        double front = rng.uniform(far + 25, height * 0.75);
        double depth = (front - vanishY) / (far - vanishY);
        double left = rng.uniform(-0.2, 0.6) * width;
        double right = left + rng.uniform(0.4, 0.9) * width;
        double nearLeft = vanishX + (left - vanishX) * depth;
        double nearRight = vanishX + (right - vanishX) * depth;
        fieldLine(left, far, nearLeft, front, 1.1);
        fieldLine(right, far, nearRight, front, 1.1);
        fieldLine(nearLeft, front, nearRight, front, 1.1 * depth);
    }

    private void fieldLine(double x0, double y0, double x1, double y1, double thickness) {
        double alpha = 0.8;
        canvas.capsule(x0, y0, Math.max(0.5, thickness * 0.7), x1, y1, Math.max(0.5, thickness * 0.7), 0xF4F4EE, alpha);
    }

    private void goal() {
        double w = rng.uniform(45, 80);
        double h = w * rng.uniform(0.32, 0.4);
        double left = rng.uniform(-0.2, 0.9) * width;
        double base = far + rng.uniform(2, 8);
        int net = 0xC8C8C8;
        // The net: a hatch behind the frame, drawn first so the posts stand in front of it.
        for (double x = left + 3; x < left + w; x += 3.5) {
            canvas.capsule(x, base - h, 0.3, x - 2, base - 3, 0.3, net, 0.5);
        }
        for (double y = base - h + 3; y < base; y += 3.5) {
            canvas.capsule(left, y, 0.3, left + w, y, 0.3, net, 0.5);
        }
        canvas.capsule(left, base, 1.2, left, base - h, 1.2, 0xFAFAFA, 1);
        canvas.capsule(left + w, base, 1.2, left + w, base - h, 1.2, 0xFAFAFA, 1);
        canvas.capsule(left, base - h, 1.2, left + w, base - h, 1.2, 0xFAFAFA, 1);
    }

    private void props() {
        int cones = rng.below(5);
        List<Integer> coneColors = List.of(0xF07814, 0xF5D21E, 0xE8402A, 0x2F7DE1);
        int coneColor = rng.pick(coneColors);
        for (int i = 0; i < cones; i++) {
            double y = rng.uniform(far + 6, height - 4);
            double size = 3 + 7 * (y - far) / (height - far);
            double x = rng.uniform(0, width);
            canvas.ellipse(x + size * 0.3, y, size * 0.8, size * 0.25, 0x000000, 0.25, 1);
            canvas.triangle(x - size * 0.5, y, x + size * 0.5, y, x, y - size * 1.3, coneColor, 1);
        }
        if (rng.chance(0.35)) {
            double y = rng.uniform(far + 6, height - 4);
            double r = 1.5 + 3 * (y - far) / (height - far);
            double x = rng.uniform(0, width);
            canvas.ellipse(x + r * 0.4, y + r * 0.8, r * 1.1, r * 0.35, 0x000000, 0.25, 1);
            canvas.disc(x, y, r, 0xF5F5F5, 1);
            canvas.disc(x + r * 0.2, y - r * 0.1, r * 0.35, 0x222222, 0.8);
        }
        if (rng.chance(0.25)) {
            double x = rng.uniform(0, width);
            double base = far + rng.uniform(3, 12);
            canvas.capsule(x, base, 0.6, x, base - 20, 0.6, 0xEEEEEE, 1);
            canvas.triangle(x, base - 20, x + 8, base - 17, x, base - 14, rng.chance(0.5) ? 0xE8402A : 0xF5D21E, 1);
        }
    }
}
