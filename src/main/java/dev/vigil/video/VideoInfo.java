package dev.vigil.video;

import java.nio.file.Path;

/**
 * What a probe learns about a video file without decoding it all.
 *
 * @param file            the file probed
 * @param durationSeconds duration of the video stream in seconds
 * @param frameCount      number of video frames (from the container, or estimated from duration × rate)
 * @param frameRate       frames per second
 * @param width           coded width in pixels, before rotation
 * @param height          coded height in pixels, before rotation
 * @param rotation        clockwise display rotation in degrees: 0, 90, 180 or 270
 * @param codec           video codec name, e.g. "h264"
 */
public record VideoInfo(Path file, double durationSeconds, long frameCount, double frameRate,
                        int width, int height, int rotation, String codec) {

    /** Width as displayed, after rotation. */
    public int displayWidth() {
        return rotation % 180 == 0 ? width : height;
    }

    /** Height as displayed, after rotation. */
    public int displayHeight() {
        return rotation % 180 == 0 ? height : width;
    }
}
