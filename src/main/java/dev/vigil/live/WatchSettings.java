package dev.vigil.live;

/**
 * How a watch runs, apart from what the bundle decides (windows, detector, threshold, segment rules).
 *
 * @param preSeconds      seconds of video kept before an event for its clip
 * @param postSeconds     seconds recorded after an event closes
 * @param realtime        a file is played at its own frame rate, as a camera would deliver it
 * @param follow          a file is read on while it grows
 * @param pictureWidth    widest picture kept for snapshots, clips and the live view (narrower sources keep their
 *                        size); memory for the pre-roll grows with it
 * @param queueSeconds    seconds of frames that may wait for the scorer before frames are skipped
 * @param connectSeconds  how long the first connection may take before the watch gives up
 * @param timeoutSeconds  how long a read may wait before the stream counts as lost
 * @param maxBackoffSeconds longest wait between two reconnection attempts
 */
public record WatchSettings(double preSeconds, double postSeconds, boolean realtime, boolean follow, int pictureWidth,
                            double queueSeconds, double connectSeconds, double timeoutSeconds,
                            double maxBackoffSeconds) {

    public static final WatchSettings DEFAULTS = new WatchSettings(5, 5, false, false, 640, 2, 10, 3, 10);

    public WatchSettings {
        if (preSeconds < 0 || postSeconds < 0) {
            throw new IllegalArgumentException("pre- and post-roll must be 0 s or more, got " + preSeconds + " and "
                    + postSeconds);
        }
        if (pictureWidth < 16) {
            throw new IllegalArgumentException("picture width must be at least 16 pixels, got " + pictureWidth);
        }
        if (!(queueSeconds > 0) || !(connectSeconds > 0) || !(timeoutSeconds > 0) || !(maxBackoffSeconds > 0)) {
            throw new IllegalArgumentException("queue, connect, timeout and back-off times must be positive");
        }
        if (realtime && follow) {
            throw new IllegalArgumentException("--realtime and --follow exclude each other: a growing file is read "
                    + "as it grows");
        }
    }

    public WatchSettings withRoll(double pre, double post) {
        return new WatchSettings(pre, post, realtime, follow, pictureWidth, queueSeconds, connectSeconds,
                timeoutSeconds, maxBackoffSeconds);
    }
}
