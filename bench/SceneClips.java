import dev.vigil.video.FrameReader;
import dev.vigil.video.H264Writer;
import dev.vigil.video.VideoInfo;
import dev.vigil.video.VideoProbe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A clip dataset filmed by one fixed camera, cut from a SceneFootage benchmark: 5 s clips of the training chunks
 * are normal training clips (every fifth one validation), the stretch of each test chunk where the injected events
 * are (frames 26–75) is a normal test clip in the untouched chunk and an anomalous clip in each injected one.
 *
 * <pre>
 *   java -cp target/classes:$(cat target/classpath.txt) bench/SceneClips.java FOOTAGE_DIR OUT
 * </pre>
 *
 * Writes OUT/{normal,fast,pasted,crossing,cyclist,loiter}/*.mp4 and OUT/manifest.csv (path,label,class,split).
 */
public final class SceneClips {

    private static final int EVENT_FIRST = 25;
    private static final int LENGTH = 50;

    public static void main(String[] args) throws Exception {
        Path footage = Path.of(args[0]);
        Path out = Path.of(args[1]);
        StringBuilder manifest = new StringBuilder("path,label,class,split\n");
        int n = 0;
        for (Path video : list(footage.resolve("train"))) {
            VideoInfo info = VideoProbe.probe(video);
            for (int start = 0; start + LENGTH <= info.frameCount(); start += LENGTH) {
                String name = String.format(Locale.ROOT, "normal/train_%03d.mp4", n);
                cut(video, info, start, out.resolve(name));
                manifest.append(name).append(",0,normal,").append(n % 5 == 4 ? "val" : "train").append('\n');
                n++;
            }
        }
        for (Path video : list(footage.resolve("test"))) {
            VideoInfo info = VideoProbe.probe(video);
            String stem = video.getFileName().toString().replace(".mp4", "");
            String kind = stem.replaceAll("_\\d+$", "");
            boolean normal = kind.equals("normal");
            String name = kind + "/" + stem + ".mp4";
            cut(video, info, EVENT_FIRST, out.resolve(name));
            manifest.append(name).append(normal ? ",0," : ",1,").append(kind).append(normal ? ",test\n" : ",anomaly\n");
        }
        Files.writeString(out.resolve("manifest.csv"), manifest);
        System.out.println("wrote " + out.resolve("manifest.csv"));
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".mp4")).sorted().toList();
        }
    }

    private static void cut(Path video, VideoInfo info, int first, Path target) throws Exception {
        Files.createDirectories(target.getParent());
        int w = info.displayWidth();
        int h = info.displayHeight();
        List<byte[]> frames = new ArrayList<>();
        try (FrameReader reader = FrameReader.open(video, w, h)) {
            byte[] frame = new byte[w * h * 3];
            for (int t = 0; t < first + LENGTH && reader.read(frame, 0); t++) {
                if (t >= first) {
                    frames.add(frame.clone());
                }
            }
        }
        try (H264Writer writer = H264Writer.create(target, w, h, info.frameRate(), 2_000_000)) {
            for (byte[] f : frames) {
                writer.write(f);
            }
            writer.finish();
        }
    }
}
