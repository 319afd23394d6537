package dev.vigil.live;

import dev.vigil.video.StreamConnection;

/**
 * The size frames are kept at for snapshots, clips and the live view: the source's own size, or narrower with the
 * same shape when the source is wider than the limit. Both sides even, as the H.264 clips need.
 */
record PictureSize(int width, int height) {

    static PictureSize of(int sourceWidth, int sourceHeight, int maxWidth) {
        double scale = Math.min(1.0, (double) maxWidth / sourceWidth);
        int w = Math.max(16, (int) Math.round(sourceWidth * scale) & ~1);
        int h = Math.max(16, (int) Math.round(sourceHeight * scale) & ~1);
        return new PictureSize(w, h);
    }

    StreamConnection.Size size() {
        return new StreamConnection.Size(width, height);
    }
}
