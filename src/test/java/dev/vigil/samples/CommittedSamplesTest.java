package dev.vigil.samples;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Dataset;
import dev.vigil.dataset.Manifest;
import dev.vigil.video.RgbFrames;
import dev.vigil.video.VideoDecoder;
import dev.vigil.video.VideoInfo;
import dev.vigil.video.VideoProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dataset committed under samples/ is what the generator makes with its defaults, and is what it claims. */
class CommittedSamplesTest {

    static final Path SAMPLES = Path.of("samples");
    private static final SampleGenerator DEFAULTS = new SampleGenerator(SampleSettings.defaults());

    @TempDir
    Path dir;

    @Test
    void manifestAndReadmeAreThoseOfTheDefaultSettings() throws Exception {
        Dataset committed = Manifest.read(SAMPLES.resolve(Manifest.FILE_NAME));
        assertEquals(DEFAULTS.manifest(), committed.clips());
        String readme = Files.readString(SAMPLES.resolve("README.md"), StandardCharsets.UTF_8);
        assertEquals(SamplesReadme.text(SampleSettings.defaults(), DEFAULTS.manifest()), readme);
    }

    @Test
    void oneClipOfEachClassIsRegeneratedByteForByte() throws Exception {
        for (Activity activity : Activity.values()) {
            // A different clip number for each class, so that the check spans the indices too.
            int index = activity.ordinal() % SampleSettings.DEFAULT_CLIPS;
            String relative = DEFAULTS.path(activity, index);
            Path fresh = dir.resolve(relative.replace('/', '_'));
            DEFAULTS.writeClip(activity, index, fresh);
            assertArrayEquals(Files.readAllBytes(SAMPLES.resolve(relative)), Files.readAllBytes(fresh),
                    relative + " differs from what the generator makes now");
        }
    }

    @Test
    void everyClipHasTheDeclaredSizeFrameCountAndDuration() throws Exception {
        Dataset dataset = Manifest.read(SAMPLES.resolve(Manifest.FILE_NAME));
        assertEquals(120, dataset.clips().size());
        for (Clip clip : dataset.clips()) {
            VideoInfo info = VideoProbe.probe(dataset.resolve(clip));
            assertEquals(320, info.width(), clip.path());
            assertEquals(240, info.height(), clip.path());
            assertEquals(75, info.frameCount(), clip.path());
            assertEquals(25.0, info.frameRate(), 1e-9, clip.path());
            assertEquals(3.0, info.durationSeconds(), 0.05, clip.path());
            assertEquals("h264", info.codec(), clip.path());
        }
        // Decoding, not just the container, agrees: every frame is there.
        RgbFrames frames = VideoDecoder.decodeAll(SAMPLES.resolve("fall/fall_01.mp4"), 0, 0);
        assertEquals(75, frames.frames());
        assertEquals(320, frames.width());
        assertEquals(240, frames.height());
    }

    @Test
    void theDatasetStaysUnderTenMegabytes() throws Exception {
        long bytes;
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        assertTrue(bytes < 10_000_000, "samples/ holds " + bytes + " bytes");
    }
}
