package dev.vigil.live;

/**
 * How a watch keeps up, for a status line.
 *
 * @param framesPerSecond frames scored per second over the last second
 * @param frames          frames taken from the source so far
 * @param skipped         frames skipped because scoring fell behind
 * @param latencySeconds  from the arrival of a window's last frame to its score, for the latest window
 * @param waiting         frames waiting for the scorer now
 * @param gaps            times the stream was lost or frames were skipped
 */
public record LiveStats(double framesPerSecond, long frames, long skipped, double latencySeconds, int waiting,
                        int gaps) {
}
