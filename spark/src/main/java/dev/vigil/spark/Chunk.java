package dev.vigil.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A time chunk of a long video, scored by one task: the windows whose first frame lies in
 * {@code [firstFrame, endFrame)}. The task decodes from the first of those windows on, through to the end of the
 * last, so it reads the window overlap ({@code length - 1} frames) past its end; the next chunk's task reads those
 * frames too, for its own windows.
 *
 * @param index 0-based place of the chunk in its video
 */
record Chunk(VideoFacts facts, int index, int count, long firstFrame, long endFrame) implements Serializable {

    /**
     * The chunks of a probed video, each {@code chunkFrames} long (the last one shorter).
     *
     * @param chunkFrames at least 1
     */
    static List<Chunk> of(VideoFacts facts, long chunkFrames) {
        if (chunkFrames < 1) {
            throw new IllegalArgumentException("a chunk holds at least 1 frame, got " + chunkFrames);
        }
        long frames = Math.max(1, facts.frameCount());
        int count = Math.toIntExact((frames + chunkFrames - 1) / chunkFrames);
        List<Chunk> chunks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            chunks.add(new Chunk(facts, i, count, i * chunkFrames, Math.min(frames, (i + 1) * chunkFrames)));
        }
        return chunks;
    }

    boolean holdsWindowStartingAt(long frame) {
        return frame >= firstFrame && frame < endFrame;
    }
}
