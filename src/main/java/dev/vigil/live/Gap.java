package dev.vigil.live;

/**
 * Frames a watch did not score: the stream was lost and came back, or the scorer fell behind and frames were
 * skipped. A gap is written as a row of its own, never as frames with made-up scores.
 *
 * @param kind          why the frames are missing
 * @param startMillis   wall-clock time of the last frame before the gap (ms since the epoch)
 * @param endMillis     wall-clock time of the first frame after it
 * @param skippedFrames frames decoded but not scored (skipping); 0 for a lost stream, whose frames never came
 * @param reason        what happened, in words
 */
public record Gap(Kind kind, long startMillis, long endMillis, long skippedFrames, String reason) {

    /** Why frames are missing. */
    public enum Kind {
        /** The stream was lost and reconnected. */
        RECONNECTED,
        /** The scorer fell behind and frames were skipped to catch up. */
        SKIPPED
    }

    public double seconds() {
        return Math.max(0, endMillis - startMillis) / 1000.0;
    }
}
