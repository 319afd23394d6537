package dev.vigil.live;

import dev.vigil.timeline.AnomalyMaps;

/**
 * An anomaly seen live: a flagged segment of the watch, open (alert raised) or closed.
 *
 * @param id          1, 2, … in the watch folder
 * @param firstFrame  first frame of the segment (watch frame numbers, from 0)
 * @param lastFrame   last frame flagged so far, or at the close
 * @param peakFrame   the frame with the highest score
 * @param peakScore   its score
 * @param threshold   the threshold it crossed
 * @param startMillis wall-clock time of the first frame (ms since the epoch)
 * @param endMillis   wall-clock time of the last frame
 * @param alertMillis when the alert was raised (segment open) or the close was seen
 * @param latencySeconds from the first frame's arrival to the alert (open) or to the close
 * @param box         where in the frame, in source pixels, or null without anomaly maps
 * @param closed      true once the segment has ended
 */
public record LiveEvent(int id, long firstFrame, long lastFrame, long peakFrame, double peakScore, double threshold,
                        long startMillis, long endMillis, long alertMillis, double latencySeconds, AnomalyMaps.Box box,
                        boolean closed) {

    public double durationSeconds() {
        return Math.max(0, endMillis - startMillis) / 1000.0;
    }
}
