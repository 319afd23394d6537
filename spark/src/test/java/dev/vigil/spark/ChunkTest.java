package dev.vigil.spark;

import dev.vigil.timeline.FrameWindow;
import dev.vigil.timeline.WindowSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Chunks split a video's windows among tasks: each window in exactly one chunk, whatever the chunk's length. */
class ChunkTest {

    private static VideoFacts video(long frames) {
        return new VideoFacts(new VideoInput("v.mp4", "file:/v.mp4"), frames / 25.0, frames, 25, 160, 120, 0, "h264",
                null);
    }

    @Test
    void everyWindowFallsInExactlyOneChunk() {
        for (long frames : new long[] {1, 31, 32, 33, 1500, 1503}) {
            List<FrameWindow> plan = new WindowSpec(32, 8).plan(frames);
            for (long chunkFrames : new long[] {1, 5, 8, 250, 10_000}) {
                List<Chunk> chunks = Chunk.of(video(frames), chunkFrames);
                for (FrameWindow w : plan) {
                    long holders = chunks.stream().filter(c -> c.holdsWindowStartingAt(w.first())).count();
                    assertEquals(1, holders, frames + " frames, chunks of " + chunkFrames + ": " + w);
                }
                assertEquals(frames, chunks.get(chunks.size() - 1).endFrame());
                assertTrue(chunks.stream().allMatch(c -> c.count() == chunks.size()));
            }
        }
    }

    @Test
    void aChunkIsItsSecondsAtTheVideosRateAndAVideoWithoutARateIsOneChunk() {
        assertEquals(250, TimelineJob.chunkFrames(video(1500), 10));
        VideoFacts noRate = new VideoFacts(new VideoInput("v.mp4", "file:/v.mp4"), 0, 900, Double.NaN, 160, 120, 0,
                "h264", null);
        assertEquals(1, Chunk.of(noRate, TimelineJob.chunkFrames(noRate, 10)).size());
    }
}
