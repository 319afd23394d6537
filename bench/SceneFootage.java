import dev.vigil.video.FrameReader;
import dev.vigil.video.H264Writer;
import dev.vigil.video.VideoInfo;
import dev.vigil.video.VideoProbe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A fixed-camera benchmark made from real footage: a real recording is cut into chunks of 10 s, alternately
 * training and test videos (so both see the scene over the same stretch of time, as public benchmarks record their
 * training and test videos on the same days); each test chunk is written untouched and once per kind of injected
 * local anomaly, with frame-level ground truth. The anomalies are made from the footage itself (its own people, its own background), in places and
 * at speeds the training part does not show:
 * <ul>
 *   <li>{@code fast}: the busiest region of the scene played four times faster (people at the wrong speed);</li>
 *   <li>{@code pasted}: the moving people of the busiest region copied onto the quietest one (people where nobody
 *       walks);</li>
 *   <li>{@code crossing}: a person cut out of a frame sliding across the scene from top to bottom at walking speed
 *       (something crossing where nobody crosses);</li>
 *   <li>{@code cyclist}: a person cut out at half size crossing the scene sideways at several times walking speed
 *       (a small fast object among walkers);</li>
 *   <li>{@code loiter}: a person cut out of a frame standing still on the path (a stop where people only pass).</li>
 * </ul>
 * People are cut out against the median background of the training part.
 *
 * <pre>
 *   java -cp target/classes:$(cat target/classpath.txt) bench/SceneFootage.java SOURCE OUT [chunkSeconds scale]
 * </pre>
 *
 * Writes OUT/train/normal_NN.mp4, OUT/test/{normal,fast,pasted,crossing,cyclist,loiter}_NN.mp4 and OUT/gt.csv
 * ({@code video,start_frame,end_frame}, 1-based, both ends included): one event of 50 frames in each anomalous
 * video, from a quarter of the chunk on. Defaults: chunks of 10 s, scale 0.5 (each side halved).
 */
public final class SceneFootage {

    private static final String[] KINDS = {"fast", "pasted", "crossing", "cyclist", "loiter"};
    private static final int EVENT = 50;

    private final int w;
    private final int h;
    private final List<byte[]> trainFrames = new ArrayList<>();
    private final byte[] background;

    private SceneFootage(int w, int h, List<byte[]> frames, List<int[]> trainChunks) {
        this.w = w;
        this.h = h;
        trainChunks.forEach(r -> trainFrames.addAll(frames.subList(r[0], r[1])));
        this.background = median(trainFrames);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SceneFootage SOURCE OUT [chunkSeconds scale]");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path out = Path.of(args[1]);
        double chunkSeconds = args.length > 2 ? Double.parseDouble(args[2]) : 10;
        double scale = args.length > 3 ? Double.parseDouble(args[3]) : 0.5;
        VideoInfo info = VideoProbe.probe(source);
        int w = 2 * (int) Math.round(info.displayWidth() * scale / 2);
        int h = 2 * (int) Math.round(info.displayHeight() * scale / 2);
        List<byte[]> frames = new ArrayList<>();
        try (FrameReader reader = FrameReader.open(source, w, h)) {
            byte[] frame = new byte[w * h * 3];
            while (reader.read(frame, 0)) {
                frames.add(frame.clone());
            }
        }
        double fps = info.frameRate();
        int chunk = (int) Math.round(chunkSeconds * fps);
        List<int[]> trainChunks = new ArrayList<>();
        List<int[]> testChunks = new ArrayList<>();
        for (int start = 0, k = 0; start + chunk <= frames.size(); start += chunk, k++) {
            (k % 2 == 0 ? trainChunks : testChunks).add(new int[] {start, start + chunk});
        }
        SceneFootage footage = new SceneFootage(w, h, frames, trainChunks);
        Files.createDirectories(out.resolve("train"));
        Files.createDirectories(out.resolve("test"));
        for (int c = 0; c < trainChunks.size(); c++) {
            int[] r = trainChunks.get(c);
            write(out.resolve(String.format(Locale.ROOT, "train/normal_%02d.mp4", c + 1)), frames.subList(r[0], r[1]),
                    w, h, fps);
        }
        StringBuilder truth = new StringBuilder("video,start_frame,end_frame\n");
        int from = chunk / 4;
        int to = Math.min(chunk, from + EVENT);
        for (int c = 0; c < testChunks.size(); c++) {
            int[] r = testChunks.get(c);
            List<byte[]> test = frames.subList(r[0], r[1]);
            String suffix = String.format(Locale.ROOT, "_%02d", c + 1);
            write(out.resolve("test/normal" + suffix + ".mp4"), test, w, h, fps);
            for (String kind : KINDS) {
                List<byte[]> copy = new ArrayList<>();
                test.forEach(f -> copy.add(f.clone()));
                footage.inject(kind, copy, test, from, to);
                truth.append(kind).append(suffix).append(',').append(from + 1).append(',').append(to).append('\n');
                write(out.resolve("test/" + kind + suffix + ".mp4"), copy, w, h, fps);
            }
        }
        Files.writeString(out.resolve("gt.csv"), truth);
        System.out.printf(Locale.ROOT, "%s: %d×%d at %.1f fps, %d training and %d test chunks of %d frames, written to "
                + "%s%n", source.getFileName(), w, h, fps, trainChunks.size(), testChunks.size(), chunk, out);
    }

    private void inject(String kind, List<byte[]> video, List<byte[]> original, int from, int to) {
        int[] busy = busiest();
        int[] quiet = quietest(busy[2], busy[3]);
        Sprite person = Sprite.cut(this, original.get(from), 1.0);
        for (int t = from; t < to; t++) {
            byte[] frame = video.get(t);
            int k = t - from;
            switch (kind) {
                case "fast" -> {
                    byte[] ahead = original.get((from + 4 * k) % original.size());
                    copyRegion(ahead, busy, frame, busy[0], busy[1], false);
                }
                case "pasted" -> copyRegion(original.get(t), busy, frame, quiet[0], quiet[1], true);
                case "crossing" -> person.paste(frame, w / 2 - person.w / 2, -person.h + k * (h + person.h) / (to - from));
                case "cyclist" -> {
                    Sprite small = Sprite.cut(this, original.get(from), 0.5);
                    small.paste(frame, -small.w + k * (w + small.w) / (to - from), h * 2 / 3 - small.h / 2);
                }
                case "loiter" -> person.paste(frame, busy[0] + busy[2] / 2 - person.w / 2,
                        busy[1] + busy[3] / 2 - person.h / 2);
                default -> throw new IllegalArgumentException(kind);
            }
        }
    }

    /** {x, y, w, h} of the quarter-width, third-height region where most pixels differ from the background. */
    private int[] busiest() {
        return extremeRegion(w / 4, h / 3, true);
    }

    private int[] quietest(int rw, int rh) {
        return extremeRegion(rw, rh, false);
    }

    private int[] extremeRegion(int rw, int rh, boolean most) {
        float[] activity = new float[w * h];
        for (int t = 0; t < trainFrames.size(); t += 5) {
            byte[] f = trainFrames.get(t);
            for (int i = 0; i < w * h; i++) {
                activity[i] += foreground(f, i) ? 1 : 0;
            }
        }
        int[] best = null;
        double bestSum = 0;
        for (int y = 0; y + rh <= h; y += 4) {
            for (int x = 0; x + rw <= w; x += 4) {
                double sum = 0;
                for (int yy = y; yy < y + rh; yy += 2) {
                    for (int xx = x; xx < x + rw; xx += 2) {
                        sum += activity[yy * w + xx];
                    }
                }
                if (best == null || (most ? sum > bestSum : sum < bestSum)) {
                    best = new int[] {x, y, rw, rh};
                    bestSum = sum;
                }
            }
        }
        return best;
    }

    boolean foreground(byte[] frame, int pixel) {
        int d = 0;
        for (int c = 0; c < 3; c++) {
            d += Math.abs((frame[3 * pixel + c] & 0xff) - (background[3 * pixel + c] & 0xff));
        }
        return d > 60;
    }

    /** Copies region {x, y, w, h} of src to (dx, dy) of dst; only pixels that differ from the background if asked. */
    private void copyRegion(byte[] src, int[] r, byte[] dst, int dx, int dy, boolean foregroundOnly) {
        for (int y = 0; y < r[3]; y++) {
            for (int x = 0; x < r[2]; x++) {
                int s = (r[1] + y) * w + r[0] + x;
                if (foregroundOnly && !foreground(src, s)) {
                    continue;
                }
                System.arraycopy(src, 3 * s, dst, 3 * ((dy + y) * w + dx + x), 3);
            }
        }
    }

    /** A person cut out of a frame: the largest blob that differs from the background, with its mask. */
    private record Sprite(int w, int h, byte[] rgb, boolean[] mask, int frameWidth, int frameHeight) {

        static Sprite cut(SceneFootage f, byte[] frame, double scale) {
            int[] box = f.largestBlob(frame);
            int sw = Math.max(2, (int) (box[2] * scale));
            int sh = Math.max(2, (int) (box[3] * scale));
            byte[] rgb = new byte[sw * sh * 3];
            boolean[] mask = new boolean[sw * sh];
            for (int y = 0; y < sh; y++) {
                for (int x = 0; x < sw; x++) {
                    int s = (box[1] + (int) (y / scale)) * f.w + box[0] + (int) (x / scale);
                    mask[y * sw + x] = f.foreground(frame, s);
                    System.arraycopy(frame, 3 * s, rgb, 3 * (y * sw + x), 3);
                }
            }
            return new Sprite(sw, sh, rgb, mask, f.w, f.h);
        }

        void paste(byte[] frame, int x0, int y0) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int fx = x0 + x;
                    int fy = y0 + y;
                    if (mask[y * w + x] && fx >= 0 && fy >= 0 && fx < frameWidth && fy < frameHeight) {
                        System.arraycopy(rgb, 3 * (y * w + x), frame, 3 * (fy * frameWidth + fx), 3);
                    }
                }
            }
        }
    }

    /** {x, y, w, h} of the largest 4-connected foreground blob of a frame. */
    private int[] largestBlob(byte[] frame) {
        int[] label = new int[w * h];
        int[] best = {0, 0, 2, 2};
        int bestArea = 0;
        int next = 1;
        int[] stack = new int[w * h];
        for (int start = 0; start < w * h; start++) {
            if (label[start] != 0 || !foreground(frame, start)) {
                continue;
            }
            int top = 0;
            stack[top++] = start;
            label[start] = next;
            int area = 0;
            int x0 = w;
            int y0 = h;
            int x1 = 0;
            int y1 = 0;
            while (top > 0) {
                int p = stack[--top];
                area++;
                int px = p % w;
                int py = p / w;
                x0 = Math.min(x0, px);
                y0 = Math.min(y0, py);
                x1 = Math.max(x1, px);
                y1 = Math.max(y1, py);
                int[] around = {px > 0 ? p - 1 : -1, px < w - 1 ? p + 1 : -1, py > 0 ? p - w : -1,
                        py < h - 1 ? p + w : -1};
                for (int q : around) {
                    if (q >= 0 && label[q] == 0 && foreground(frame, q)) {
                        label[q] = next;
                        stack[top++] = q;
                    }
                }
            }
            next++;
            // a person, not the whole frame after a lighting change
            if (area > bestArea && area < w * h / 6) {
                bestArea = area;
                best = new int[] {x0, y0, x1 - x0 + 1, y1 - y0 + 1};
            }
        }
        return best;
    }

    private static byte[] median(List<byte[]> frames) {
        int step = Math.max(1, frames.size() / 60);
        List<byte[]> sample = new ArrayList<>();
        for (int t = 0; t < frames.size(); t += step) {
            sample.add(frames.get(t));
        }
        byte[] out = new byte[frames.get(0).length];
        int[] values = new int[sample.size()];
        for (int i = 0; i < out.length; i++) {
            for (int k = 0; k < values.length; k++) {
                values[k] = sample.get(k)[i] & 0xff;
            }
            Arrays.sort(values);
            out[i] = (byte) values[values.length / 2];
        }
        return out;
    }

    private static void write(Path file, List<byte[]> frames, int w, int h, double fps) throws Exception {
        try (H264Writer writer = H264Writer.create(file, w, h, fps, 2_000_000)) {
            for (byte[] f : frames) {
                writer.write(f);
            }
            writer.finish();
        }
    }
}
