package dev.vigil.cli;

import dev.vigil.backbone.BuiltinBackbone;
import dev.vigil.backbone.EmbeddingSet;
import dev.vigil.backbone.ModelCard;
import dev.vigil.detector.KnnDetector;
import dev.vigil.experiment.bundle.DetectorBundle;
import dev.vigil.experiment.bundle.RunBundles;
import dev.vigil.io.Csv;
import dev.vigil.video.RgbFrames;
import dev.vigil.video.TestVideos;
import dev.vigil.video.VideoDecoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A clip whose middle is damaged decodes to fewer frames than its length declares: it is scored on the frames it
 * has, by the stated rule, and every command that decodes it says so beside its result; a whole clip gets no note.
 */
class DamagedClipsTest {

    private static final String NOTE = "damaged or truncated: the stream ends after";

    @TempDir
    static Path dir;
    private static Path whole;
    private static Path damaged;

    @BeforeAll
    static void clips() throws IOException {
        // Motion JPEG: each frame stands alone, so zeroed bytes cost exactly the frames they hit
        whole = TestVideos.write(dir.resolve("whole.avi"), 96, 64, 75, 25, false, (t, rgb, w, h) ->
                TestVideos.fill(rgb, w, h, 4 + t, 20, 16, 24, 230, 230, 230));
        byte[] bytes = Files.readAllBytes(whole);
        Arrays.fill(bytes, bytes.length * 35 / 100, bytes.length * 70 / 100, (byte) 0);
        damaged = Files.write(dir.resolve("damaged.avi"), bytes);
    }

    @Test
    void decodingNotesAStreamThatEndsShortOfItsDeclaredLength() throws Exception {
        RgbFrames frames = VideoDecoder.decodeUniformPairs(damaged, 8, 32, 32, 0, Double.POSITIVE_INFINITY);
        assertEquals(16, frames.frames(), "scored on the frames it has");
        assertTrue(frames.note() != null && frames.note().startsWith(NOTE) && frames.note().contains("of the 75"),
                String.valueOf(frames.note()));
        assertNull(VideoDecoder.decodeUniformPairs(whole, 8, 32, 32, 0, Double.POSITIVE_INFINITY).note());
    }

    @Test
    void extractEmbedsTheDamagedClipAndSaysSo() throws Exception {
        Path manifest = Files.writeString(dir.resolve("manifest.csv"), "path,label,class,split\n" + whole
                + ",0,walk,train\n" + damaged + ",0,walk,train\n");
        Path out = dir.resolve("embeddings");
        // twice with the cache: a noted clip is not cached, so the second extraction says the same
        for (int run = 0; run < 2; run++) {
            CommandRun extract = CommandRun.of("extract", "--manifest", manifest.toString(), "--out", out.toString(),
                    "--cache", dir.resolve("cache").toString(), "--threads", "1");
            assertEquals(0, extract.code(), extract.all());
            assertTrue(extract.err().contains("note: clip " + damaged + ": " + NOTE), extract.all());
            assertTrue(!extract.err().contains("note: clip " + whole), extract.all());
            assertEquals(2, EmbeddingSet.load(out).size(), "both clips embedded");
        }
    }

    @Test
    void scoreGivesTheDamagedClipAVerdictAndTheNoteAsItsReason() throws Exception {
        ModelCard card;
        try (BuiltinBackbone backbone = new BuiltinBackbone()) {
            card = backbone.card();
        }
        Path bundle = dir.resolve("builtin.vigil");
        try (KnnDetector knn = new KnnDetector(1)) {
            float[][] rows = new float[2][card.embeddingSize()];
            rows[1][0] = 1;
            knn.fit(rows, null);
            DetectorBundle.of("builtin-knn", RunBundles.backboneJson(card), RunBundles.preprocessingJson(card), knn,
                    1.0, "manual").write(bundle);
        }
        Path csv = dir.resolve("scores.csv");
        CommandRun score = CommandRun.of("score", whole.toString(), damaged.toString(), "--bundle", bundle.toString(),
                "--out", csv.toString(), "--no-cache");
        assertEquals(0, score.code(), score.all());
        Map<String, List<String>> rows = Csv.read(csv).stream().skip(1).collect(Collectors.toMap(r -> r.get(0),
                r -> r));
        List<String> noted = rows.get(damaged.toString());
        assertNotEquals("failed", noted.get(2), noted.toString());
        assertTrue(noted.get(3).startsWith(NOTE), noted.toString());
        assertEquals("", rows.get(whole.toString()).get(3), "no note for a whole clip");
        assertTrue(score.err().contains(damaged + ": " + NOTE), score.all());
    }
}
