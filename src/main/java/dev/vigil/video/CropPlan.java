package dev.vigil.video;

/**
 * Where one clip's frames are scaled to (by FFmpeg) and which window of them is kept. One plan serves every frame
 * of a clip, so that an augmented view is the same crop through time.
 */
public record CropPlan(int decodeWidth, int decodeHeight, int cropX, int cropY, int cropWidth, int cropHeight) {

    public CropPlan {
        if (cropX < 0 || cropY < 0 || cropX + cropWidth > decodeWidth || cropY + cropHeight > decodeHeight
                || cropWidth <= 0 || cropHeight <= 0) {
            throw new IllegalArgumentException("crop " + cropWidth + "x" + cropHeight + "+" + cropX + "+" + cropY
                    + " outside the decoded " + decodeWidth + "x" + decodeHeight);
        }
    }

    /** No crop: keep the whole decoded frame. */
    public static CropPlan whole(int width, int height) {
        return new CropPlan(width, height, 0, 0, width, height);
    }
}
