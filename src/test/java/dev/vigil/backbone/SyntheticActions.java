package dev.vigil.backbone;

import dev.vigil.video.TestVideos;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Short clips of a stick figure acting on a textured background, for descriptor tests: normal actions (walk, run,
 * wave, jump) and anomalous ones (fall, crawl, punch), each with its own speed, place, size, colours and direction
 * drawn from a seed.
 */
final class SyntheticActions {

    static final String[] NORMAL = {"walk", "run", "wave", "jump"};
    static final String[] ANOMALOUS = {"fall", "crawl", "punch"};

    private SyntheticActions() {
    }

    static Path write(Path file, String action, long seed, int width, int height, int frames, double fps)
            throws IOException {
        SplittableRandom random = new SplittableRandom(seed * 7919 + action.hashCode());
        double scale = height * (0.35 + 0.1 * random.nextDouble());
        int dir = random.nextBoolean() ? 1 : -1;
        double x0 = width * (dir > 0 ? 0.25 : 0.75) + (random.nextDouble() - 0.5) * width * 0.1;
        double ground = height * (0.8 + 0.1 * random.nextDouble());
        double tempo = 0.85 + 0.3 * random.nextDouble();
        int[] body = {60 + random.nextInt(120), 60 + random.nextInt(120), 60 + random.nextInt(120)};
        long backgroundSeed = random.nextLong();
        return TestVideos.write(file, width, height, frames, fps, false, (t, rgb, w, h) -> {
            background(rgb, w, h, backgroundSeed);
            double s = t / fps * tempo;
            Pose pose = pose(action, s, x0, ground, scale, dir, width);
            pose.draw(rgb, w, h, body);
        });
    }

    /** Where the figure is at time s: hips, body angle from upright, and limb angles. */
    private static Pose pose(String action, double s, double x0, double ground, double scale, int dir, int width) {
        double swing = Math.sin(2 * Math.PI * 1.5 * s);
        return switch (action) {
            case "walk" -> new Pose(x0 + dir * 0.12 * width * s, ground, scale, 0, 0.35 * swing, -0.35 * swing,
                    0.3 * swing, -0.3 * swing);
            case "run" -> {
                double fast = Math.sin(2 * Math.PI * 3 * s);
                yield new Pose(x0 + dir * 0.4 * width * s, ground, scale, dir * 0.2, 0.8 * fast, -0.8 * fast,
                        1.0 * fast, -1.0 * fast);
            }
            case "wave" -> new Pose(x0, ground, scale, 0, 0.05, -0.05, 0.15,
                    Math.PI - 0.6 * Math.sin(2 * Math.PI * 2 * s));
            case "jump" -> {
                double lift = Math.abs(Math.sin(Math.PI * 1.5 * s));
                yield new Pose(x0, ground - 0.35 * scale * lift, scale, 0, 0.5 * lift, -0.5 * lift, 2.5, -2.5);
            }
            case "fall" -> {
                double f = Math.max(0, Math.min(1, (s - 0.6) / 0.6));
                yield new Pose(x0 + dir * 0.3 * scale * f, ground, scale, dir * f * Math.PI / 2, 0.1, -0.1, 0.4, -0.4);
            }
            case "crawl" -> new Pose(x0 + dir * 0.06 * width * s, ground, scale * 0.9, dir * Math.PI / 2,
                    0.3 * swing, -0.3 * swing, 1.57 + 0.3 * swing, 1.57 - 0.3 * swing);
            case "punch" -> {
                double jab = Math.max(0, Math.sin(2 * Math.PI * 2.5 * s));
                yield new Pose(x0, ground, scale, 0, 0.2, -0.2, dir * (0.3 + 1.3 * jab), dir * 1.2);
            }
            default -> throw new IllegalArgumentException("unknown action " + action);
        };
    }

    private record Pose(double hipX, double groundY, double scale, double lean, double leg1, double leg2,
                        double arm1, double arm2) {

        void draw(byte[] rgb, int w, int h, int[] colour) {
            double leg = 0.45 * scale;
            double torso = 0.4 * scale;
            // lying figures rest on the ground; upright ones stand on their legs
            double hipY = groundY - leg * Math.cos(Math.min(Math.abs(lean), Math.PI / 2));
            double neckX = hipX + torso * Math.sin(lean);
            double neckY = hipY - torso * Math.cos(lean);
            int thick = Math.max(3, (int) (scale * 0.07));
            limb(rgb, w, h, hipX, hipY, lean + Math.PI + leg1, leg, thick, colour);
            limb(rgb, w, h, hipX, hipY, lean + Math.PI + leg2, leg, thick, colour);
            segment(rgb, w, h, hipX, hipY, neckX, neckY, thick + 2, colour);
            limb(rgb, w, h, neckX, neckY, lean + Math.PI + arm1, 0.35 * scale, thick - 1, colour);
            limb(rgb, w, h, neckX, neckY, lean + Math.PI + arm2, 0.35 * scale, thick - 1, colour);
            double head = 0.1 * scale;
            int hx = (int) (neckX + 1.2 * head * Math.sin(lean));
            int hy = (int) (neckY - 1.2 * head * Math.cos(lean));
            TestVideos.fill(rgb, w, h, hx - (int) head, hy - (int) head, (int) (2 * head), (int) (2 * head),
                    230, 190, 160);
        }

        /** A limb from (x, y) at an angle measured from "up", clockwise. */
        private static void limb(byte[] rgb, int w, int h, double x, double y, double angle, double length,
                                 int thick, int[] colour) {
            segment(rgb, w, h, x, y, x + length * Math.sin(angle), y - length * Math.cos(angle), thick, colour);
        }

        private static void segment(byte[] rgb, int w, int h, double x0, double y0, double x1, double y1, int thick,
                                    int[] c) {
            int steps = (int) Math.max(1, Math.hypot(x1 - x0, y1 - y0));
            for (int i = 0; i <= steps; i++) {
                double f = (double) i / steps;
                int x = (int) (x0 + f * (x1 - x0)) - thick / 2;
                int y = (int) (y0 + f * (y1 - y0)) - thick / 2;
                TestVideos.fill(rgb, w, h, x, y, thick, thick, c[0], c[1], c[2]);
            }
        }
    }

    /** A fixed textured scene: a sky-to-ground gradient and a few blocks (walls, benches). */
    private static void background(byte[] rgb, int w, int h, long seed) {
        for (int y = 0; y < h; y++) {
            int v = 150 + 60 * y / h;
            TestVideos.fill(rgb, w, h, 0, y, w, 1, v - 40, v - 20, v);
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 6; i++) {
            int g = 80 + random.nextInt(120);
            TestVideos.fill(rgb, w, h, random.nextInt(w), random.nextInt(h / 2), 10 + random.nextInt(w / 4),
                    10 + random.nextInt(h / 4), g, g - 10, g - 30);
        }
    }
}
