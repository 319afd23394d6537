package dev.vigil.ui.longvideo;

import dev.vigil.timeline.AnomalyMaps;
import dev.vigil.timeline.VideoTimeline;

import java.util.Optional;

/**
 * What the player draws over a flagged frame: the anomaly map behind the frame's score and the box of its hottest
 * cell, on a grid of the video's picture.
 *
 * @param maps the video's maps (grid and picture size)
 * @param map  one value per cell, row after row from the top left
 * @param box  the hottest cell in video pixels
 */
public record WhereInFrame(AnomalyMaps maps, float[] map, AnomalyMaps.Box box) {

    /**
     * Where a frame of a video was unusual, when the frame is flagged (its score at or above the threshold) and the
     * video has maps; empty otherwise, so a calm frame shows the plain picture.
     */
    public static Optional<WhereInFrame> of(VideoTimeline video, long frame, double threshold) {
        if (video == null || frame < 0 || frame >= video.frames() || video.frameScores()[(int) frame] < threshold) {
            return Optional.empty();
        }
        return video.anomalyMaps().flatMap(maps -> video.mapAt(frame)
                .map(map -> new WhereInFrame(maps, map, maps.hottest(map))));
    }
}
