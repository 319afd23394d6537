package dev.vigil.ui.longvideo;

import dev.vigil.timeline.FlaggedSegment;
import dev.vigil.timeline.SegmentThumbnail;
import dev.vigil.timeline.VideoTimeline;
import dev.vigil.video.VideoException;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Thumbnails of flagged segments for the long-video list, decoded on a background thread once each and kept: the
 * list asks again whenever a cell is drawn, and the same segment comes back as the threshold moves.
 */
final class SegmentThumbnails implements AutoCloseable {

    static final int SIDE = 44;
    private static final Logger LOG = LoggerFactory.getLogger(SegmentThumbnails.class);

    private final ExecutorService decoder = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "vigil-thumbnails");
        thread.setDaemon(true);
        return thread;
    });
    /** Done thumbnails; an empty optional for a segment that has none (no maps, or the frame cannot be read). */
    private final Map<String, Optional<Image>> done = new ConcurrentHashMap<>();
    private final Map<String, Boolean> asked = new ConcurrentHashMap<>();

    /**
     * The segment's thumbnail when it is ready; otherwise starts decoding it and calls {@code ready} on the FX
     * thread once it is (so the cell can be drawn again).
     */
    Optional<Image> get(VideoTimeline video, FlaggedSegment segment, Runnable ready) {
        String key = video.file() + "#" + segment.peakFrame();
        Optional<Image> image = done.get(key);
        if (image != null) {
            return image;
        }
        if (asked.putIfAbsent(key, true) == null) {
            decoder.execute(() -> {
                done.put(key, decode(video, segment));
                Platform.runLater(ready);
            });
        }
        return Optional.empty();
    }

    private static Optional<Image> decode(VideoTimeline video, FlaggedSegment segment) {
        try {
            return SegmentThumbnail.of(video, segment, SIDE).map(SegmentThumbnails::image);
        } catch (VideoException e) {
            LOG.warn("no thumbnail for {} at frame {}: {}", video.name(), segment.peakFrame() + 1, e.getMessage());
            return Optional.empty();
        }
    }

    private static Image image(SegmentThumbnail thumbnail) {
        WritableImage image = new WritableImage(thumbnail.width(), thumbnail.height());
        image.getPixelWriter().setPixels(0, 0, thumbnail.width(), thumbnail.height(), PixelFormat.getByteRgbInstance(),
                thumbnail.rgb(), 0, thumbnail.width() * 3);
        return image;
    }

    /** Forgets every thumbnail (another folder is shown). */
    void clear() {
        done.clear();
        asked.clear();
    }

    @Override
    public void close() {
        decoder.shutdownNow();
    }
}
