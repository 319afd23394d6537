package dev.vigil.video;

import java.nio.file.Path;

/**
 * Opens a {@link FrameSource} at the size its reader asks for, which is known only once the reader has planned its
 * crop from the video's display size.
 */
@FunctionalInterface
public interface FrameSourceOpener {

    /** Opens the source with frames of {@code width × height} pixels (after rotation). */
    FrameSource open(int width, int height) throws VideoException;

    /** A video file read from its first frame with {@code threads} FFmpeg decoding threads (0 lets FFmpeg choose). */
    static FrameSourceOpener file(Path file, int threads) {
        return (width, height) -> FrameReader.open(file, width, height, threads);
    }

    /**
     * A video file read from frame {@code start} on, reached by a seek: a part of a long video handled on its own
     * decodes only its frames and the few before them that the seek needs.
     */
    static FrameSourceOpener fileFrom(Path file, int threads, long start) {
        return (width, height) -> {
            FrameReader reader = FrameReader.open(file, width, height, threads);
            try {
                reader.seek(start);
                return reader;
            } catch (VideoException | RuntimeException e) {
                reader.close();
                throw e;
            }
        };
    }
}
