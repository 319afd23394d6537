package dev.vigil.timeline;

import dev.vigil.video.TestVideos;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A generated fixed-camera scene, 240 × 160 at 10 fps: a textured ground, a two-lane road along the top where
 * none, one or two cars drive by fast, and a walkway below with ten walkers going left and right at walking speed. The anomaly is a
 * small object (8 × 12 pixels, a cyclist seen from afar) racing along the walkway at car speed: fast motion is
 * normal in the scene, only not there. Pooled over the whole frame it looks like one more car; per place it does not.
 */
public final class BusyScene {

    public static final int WIDTH = 240;
    public static final int HEIGHT = 160;
    public static final double FPS = 10;
    /** The row of the walkway the fast object takes (its top edge). */
    public static final int OBJECT_Y = 118;
    public static final int OBJECT_W = 8;
    public static final int OBJECT_H = 12;
    private static final int WALKERS = 10;
    private static final int CAR_SPEED = 7;
    /** Frames between two cars of a lane: a car takes about 39 of them to cross, then the lane is empty a while. */
    private static final int CAR_PERIOD = 61;

    private BusyScene() {
    }

    /**
     * Writes {@code frames} frames; the fast object crosses during {@code eventFirst..eventLast} (0-based, inclusive;
     * none when eventFirst is negative). Walkers and car start where the seed puts them.
     */
    public static Path write(Path file, int frames, long seed, int eventFirst, int eventLast) throws IOException {
        byte[] ground = ground();
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[WALKERS];
        double[] speed = new double[WALKERS];
        int[] lane = new int[WALKERS];
        for (int i = 0; i < WALKERS; i++) {
            x[i] = random.nextDouble(WIDTH);
            speed[i] = (random.nextBoolean() ? 1 : -1) * random.nextDouble(0.8, 1.4);
            lane[i] = 50 + random.nextInt(90);
        }
        int[] carOffset = {random.nextInt(CAR_PERIOD), random.nextInt(CAR_PERIOD)};
        return TestVideos.write(file, WIDTH, HEIGHT, frames, FPS, false, (t, rgb, w, h) -> {
            System.arraycopy(ground, 0, rgb, 0, rgb.length);
            for (int lane0 = 0; lane0 < 2; lane0++) {
                // each lane sees a car cross now and then: the amount of fast motion on the road varies
                int along = (t + carOffset[lane0]) % CAR_PERIOD;
                int px = lane0 == 0 ? along * CAR_SPEED - 30 : WIDTH - along * CAR_SPEED;
                rect(rgb, px, 6 + 16 * lane0, 30, 12, 200, 40 + 100 * lane0, 40);
            }
            for (int i = 0; i < WALKERS; i++) {
                int px = (int) Math.floorMod((long) Math.floor(x[i] + speed[i] * t), WIDTH);
                // a walker: dark body, lighter head, legs that swing with the step
                rect(rgb, px, lane[i], 7, 14, 40, 50, 90);
                rect(rgb, px + 1, lane[i] - 5, 5, 5, 220, 180, 150);
                int step = (t / 2) % 2;
                rect(rgb, px + step * 3, lane[i] + 14, 2, 6, 30, 30, 30);
            }
            if (eventFirst >= 0 && t >= eventFirst && t <= eventLast) {
                int px = (t - eventFirst) * (WIDTH + OBJECT_W) / Math.max(1, eventLast - eventFirst) - OBJECT_W;
                rect(rgb, px, OBJECT_Y, OBJECT_W, OBJECT_H, 30, 160, 60);
            }
        });
    }

    private static byte[] ground() {
        byte[] rgb = new byte[WIDTH * HEIGHT * 3];
        SplittableRandom random = new SplittableRandom(99);
        for (int by = 0; by < HEIGHT; by += 4) {
            for (int bx = 0; bx < WIDTH; bx += 4) {
                int v = by < 40 ? 70 + random.nextInt(30) : 110 + random.nextInt(60);
                for (int y = by; y < by + 4; y++) {
                    for (int xx = bx; xx < bx + 4; xx++) {
                        int i = 3 * (y * WIDTH + xx);
                        rgb[i] = (byte) v;
                        rgb[i + 1] = (byte) (v + 10);
                        rgb[i + 2] = (byte) (v - 10);
                    }
                }
            }
        }
        return rgb;
    }

    private static void rect(byte[] rgb, int x0, int y0, int w, int h, int r, int g, int b) {
        for (int y = Math.max(0, y0); y < Math.min(HEIGHT, y0 + h); y++) {
            for (int x = Math.max(0, x0); x < Math.min(WIDTH, x0 + w); x++) {
                int i = 3 * (y * WIDTH + x);
                rgb[i] = (byte) r;
                rgb[i + 1] = (byte) g;
                rgb[i + 2] = (byte) b;
            }
        }
    }
}
