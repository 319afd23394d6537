import dev.vigil.video.FrameReader;
import dev.vigil.video.H264Writer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-encodes a video at another size and frame rate, looping it to a given length: the same real footage at the
 * sizes a speed benchmark needs.
 *
 * <pre>
 *   java -cp target/classes:$(cat target/classpath.txt) bench/ResizeVideo.java SOURCE OUT WIDTH HEIGHT FPS SECONDS
 * </pre>
 */
public final class ResizeVideo {

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: ResizeVideo SOURCE OUT WIDTH HEIGHT FPS SECONDS");
            System.exit(2);
        }
        int w = Integer.parseInt(args[2]);
        int h = Integer.parseInt(args[3]);
        double fps = Double.parseDouble(args[4]);
        long frames = Math.round(Double.parseDouble(args[5]) * fps);
        List<byte[]> source = new ArrayList<>();
        try (FrameReader reader = FrameReader.open(Path.of(args[0]), w, h)) {
            byte[] frame = new byte[w * h * 3];
            while (reader.read(frame, 0)) {
                source.add(frame.clone());
            }
        }
        try (H264Writer writer = H264Writer.create(Path.of(args[1]), w, h, fps, (int) Math.max(1e6, w * h * fps * 0.1))) {
            for (long t = 0; t < frames; t++) {
                // forwards then backwards, so the loop has no jump cut
                int period = 2 * source.size() - 2;
                int k = (int) (t % period);
                writer.write(source.get(k < source.size() ? k : period - k));
            }
            writer.finish();
        }
    }
}
