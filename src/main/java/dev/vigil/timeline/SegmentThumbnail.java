package dev.vigil.timeline;

import dev.vigil.video.FrameReader;
import dev.vigil.video.VideoException;

import java.util.Optional;

/**
 * A small picture of where a flagged segment happened: the box of its peak (the hottest cell of the anomaly map
 * behind the peak frame's score), with a margin of half the box around it, cut from the peak frame.
 *
 * @param width  pixels across
 * @param height pixels down
 * @param rgb    packed RGB, row after row
 */
public record SegmentThumbnail(int width, int height, byte[] rgb) {

    /**
     * Decodes the segment's peak frame and cuts out its box, scaled so that its longer side is at most
     * {@code maxSide}; empty when the timeline has no anomaly maps.
     *
     * @throws VideoException when the video cannot be read there (the message names it and the reason)
     */
    public static Optional<SegmentThumbnail> of(VideoTimeline video, FlaggedSegment segment, int maxSide)
            throws VideoException {
        Optional<AnomalyMaps.Box> found = video.boxOf(segment);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AnomalyMaps maps = video.anomalyMaps().orElseThrow();
        int fw = maps.videoWidth();
        int fh = maps.videoHeight();
        AnomalyMaps.Box box = found.get();
        int x0 = Math.max(0, box.x() - box.width() / 2);
        int y0 = Math.max(0, box.y() - box.height() / 2);
        int x1 = Math.min(fw, box.x() + box.width() * 3 / 2);
        int y1 = Math.min(fh, box.y() + box.height() * 3 / 2);
        byte[] frame = new byte[fw * fh * 3];
        try (FrameReader reader = FrameReader.open(video.file(), fw, fh)) {
            reader.seek(segment.peakFrame());
            if (!reader.read(frame, 0)) {
                throw new VideoException(video.file(), "frame " + (segment.peakFrame() + 1) + " cannot be read");
            }
        }
        double scale = Math.min(1, (double) maxSide / Math.max(x1 - x0, y1 - y0));
        int w = Math.max(1, (int) Math.round((x1 - x0) * scale));
        int h = Math.max(1, (int) Math.round((y1 - y0) * scale));
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            int sy = Math.min(y1 - 1, y0 + (int) (y / scale));
            for (int x = 0; x < w; x++) {
                int sx = Math.min(x1 - 1, x0 + (int) (x / scale));
                System.arraycopy(frame, 3 * (sy * fw + sx), rgb, 3 * (y * w + x), 3);
            }
        }
        return Optional.of(new SegmentThumbnail(w, h, rgb));
    }
}
