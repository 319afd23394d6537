package dev.vigil.samples;

/**
 * Paints frames of one scene: the sports ground (painted once), the figure in a given pose and place, its shadow,
 * and what the camera adds (shake, exposure, white balance, vignette, noise). Painting frame t depends only on t, the
 * pose and the placement, never on earlier frames, so frames can be painted in any order.
 */
public final class SceneRenderer {

    private static final int SHADOW = 0x0A140A;

    private final SceneLook look;
    private final int width;
    private final int height;
    private final double fps;
    private final int margin;
    private final RgbCanvas ground;
    private final float[] response;

    /**
     * @param look   ground, figure and camera
     * @param width  frame width in pixels
     * @param height frame height in pixels
     * @param fps    frame rate, which turns frame numbers into the camera's time
     */
    public SceneRenderer(SceneLook look, int width, int height, double fps) {
        if (width < 16 || height < 16) {
            throw new IllegalArgumentException("frame size must be at least 16x16, got " + width + "x" + height);
        }
        if (!(fps > 0)) {
            throw new IllegalArgumentException("fps must be positive, got " + fps);
        }
        this.look = look;
        this.width = width;
        this.height = height;
        this.fps = fps;
        // The ground is painted a little larger than the frame so that a shaking camera never sees past its edge.
        this.margin = (int) Math.ceil(look.camera().shake() * 1.2) + 2;
        this.ground = new RgbCanvas(width + 2 * margin, height + 2 * margin);
        SportsGround.paint(look.groundSeed(), ground);
        this.response = response(look.camera(), width, height);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public double fps() {
        return fps;
    }

    public SceneLook look() {
        return look;
    }

    /** Paints frame number {@code frame} with the figure in {@code pose} at {@code placement} into {@code rgb}. */
    public void paint(int frame, Pose pose, Placement placement, byte[] rgb) {
        RgbCanvas canvas = new RgbCanvas(rgb, width, height);
        double seconds = frame / fps;
        double dx = look.camera().shakeX(seconds);
        double dy = look.camera().shakeY(seconds);
        background(canvas, dx, dy);
        Skeleton skeleton = Skeleton.of(pose);
        shadow(canvas, skeleton, pose.lift(), placement, dx, dy);
        new FigurePainter(canvas, look.figure(), placement, dx, dy).paint(skeleton);
        camera(rgb, frame);
    }

    /** The ground as the shaken camera sees it: shifted by (dx, dy), sampled between pixels. */
    private void background(RgbCanvas canvas, double dx, double dy) {
        byte[] src = ground.pixels();
        byte[] dst = canvas.pixels();
        int stride = ground.width() * 3;
        double sx0 = margin - dx;
        double sy0 = margin - dy;
        int ix = (int) Math.floor(sx0);
        int iy = (int) Math.floor(sy0);
        double fx = sx0 - ix;
        double fy = sy0 - iy;
        double w00 = (1 - fx) * (1 - fy);
        double w10 = fx * (1 - fy);
        double w01 = (1 - fx) * fy;
        double w11 = fx * fy;
        for (int y = 0; y < height; y++) {
            int row = (y + iy) * stride + ix * 3;
            int out = y * width * 3;
            for (int i = 0; i < width * 3; i++) {
                int a = row + i;
                double v = w00 * (src[a] & 0xff) + w10 * (src[a + 3] & 0xff) + w01 * (src[a + stride] & 0xff)
                        + w11 * (src[a + stride + 3] & 0xff);
                dst[out + i] = (byte) (int) (v + 0.5);
            }
        }
    }

    private static void shadow(RgbCanvas canvas, Skeleton s, double lift, Placement at, double dx, double dy) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Joint joint : Joint.values()) {
            min = Math.min(min, s.x(joint));
            max = Math.max(max, s.x(joint));
        }
        double centre = at.x() + at.facing() * (min + max) / 2 * at.scale() + dx;
        double halfWidth = ((max - min) / 2 + 0.07) * at.scale();
        double alpha = 0.3 * Math.max(0, 1 - 3 * lift);
        canvas.ellipse(centre, at.groundY() + dy, halfWidth, Math.max(1.2, 0.028 * at.scale()), SHADOW, alpha, 2);
    }

    /** Exposure, white balance and vignette folded into one gain per pixel and channel. */
    private static float[] response(CameraStyle camera, int width, int height) {
        float[] gain = new float[width * height * 3];
        double[] balance = {1 + camera.warmth(), 1, 1 - camera.warmth()};
        double cx = width / 2.0;
        double cy = height / 2.0;
        double corner = cx * cx + cy * cy;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double r2 = ((x + 0.5 - cx) * (x + 0.5 - cx) + (y + 0.5 - cy) * (y + 0.5 - cy)) / corner;
                double g = camera.exposure() * (1 - camera.vignette() * r2 * r2);
                for (int c = 0; c < 3; c++) {
                    gain[(y * width + x) * 3 + c] = (float) (g * balance[c]);
                }
            }
        }
        return gain;
    }

    /**
     * Applies the camera response and sensor noise: brightness noise shared by the three channels plus a little
     * colour noise, drawn from a stream seeded by the frame number.
     */
    private void camera(byte[] rgb, int frame) {
        double sigma = look.camera().noise();
        java.util.SplittableRandom noise = new java.util.SplittableRandom(Rng.derive(look.camera().seed(), frame));
        for (int p = 0, i = 0; p < width * height; p++, i += 3) {
            double luma = 0;
            long bits = sigma > 0 ? noise.nextLong() : 0;
            if (sigma > 0) {
                // Four bytes summed are close to normal (mean 510, sd 147.8); three more give colour noise.
                luma = ((bits & 0xff) + ((bits >>> 8) & 0xff) + ((bits >>> 16) & 0xff) + ((bits >>> 24) & 0xff) - 510)
                        / 147.8 * sigma;
            }
            for (int c = 0; c < 3; c++) {
                double colour = sigma > 0 ? (((bits >>> (32 + 8 * c)) & 0xff) - 127.5) / 73.9 * 0.3 * sigma : 0;
                double v = (rgb[i + c] & 0xff) * response[i + c] + luma + colour;
                rgb[i + c] = (byte) Rgb.clamp(v);
            }
        }
    }
}
