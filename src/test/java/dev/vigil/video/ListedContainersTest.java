package dev.vigil.video;

import dev.vigil.dataset.VideoFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.nio.file.Path;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every extension Vigil lists as a video is read, in a codec that container typically holds. */
class ListedContainersTest {

    private static final int FRAMES = 30;

    @TempDir
    Path dir;

    @Test
    void theCorpusCoversEveryListedExtension() {
        assertEquals(new TreeSet<>(VideoFiles.EXTENSIONS),
                ListedContainers.KINDS.stream().map(ListedContainers.Kind::extension)
                        .collect(Collectors.toCollection(TreeSet::new)));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("dev.vigil.video.ListedContainers#KINDS")
    void probesAndReadsEveryFrame(ListedContainers.Kind kind) throws Exception {
        Path clip = ListedContainers.write(dir, kind, FRAMES);
        VideoInfo info = VideoProbe.probe(clip);
        assertEquals(kind.width(), info.width(), "width of " + kind);
        assertEquals(kind.height(), info.height(), "height of " + kind);
        assertEquals(kind.fps(), info.frameRate(), 0.5, "frame rate of " + kind);
        // MPEG program streams have no index: FFmpeg estimates their length from time stamps, a few frames short
        double slack = kind.muxer().equals("mpeg") || kind.muxer().equals("vob") ? 0.25 : 0.07;
        assertEquals(FRAMES, info.frameCount(), FRAMES * slack, "declared frames of " + kind);
        assertEquals(FRAMES / kind.fps(), info.durationSeconds(), FRAMES / kind.fps() * slack, "duration of " + kind);

        try (FrameReader reader = FrameReader.open(clip, 64, 48)) {
            byte[] rgb = new byte[64 * 48 * 3];
            int read = 0;
            while (reader.read(rgb, 0)) {
                read++;
            }
            assertEquals(FRAMES, read, 1, "decoded frames of " + kind);
        }
        // a quarter of the picture keeps the 20-pixel square visible in every size
        RgbFrames sampled = VideoDecoder.decodeUniform(clip, 8, kind.width() / 4, kind.height() / 4);
        assertEquals(8, sampled.frames());
        assertTrue(brightest(sampled) > 200, "the white square is seen in " + kind);
    }

    private static int brightest(RgbFrames frames) {
        int max = 0;
        for (byte b : frames.data()) {
            max = Math.max(max, b & 0xff);
        }
        return max;
    }
}
