package dev.vigil.video;

/**
 * How one clip's frames reach the backbone's input: the size FFmpeg decodes them to, the size they are resized to
 * after normalisation (the reference's bilinear resize; the decoded size itself when FFmpeg already scaled them)
 * and which window of the resized frame is kept. One plan serves every frame of a clip, so that an augmented view
 * is the same crop through time.
 *
 * @param decodeWidth  width FFmpeg hands over
 * @param decodeHeight height FFmpeg hands over
 * @param scaledWidth  width after the resize of the normalised frame (= decodeWidth when FFmpeg scales)
 * @param scaledHeight height after the resize of the normalised frame (= decodeHeight when FFmpeg scales)
 * @param cropX        left of the kept window, in the resized frame
 * @param cropY        top of the kept window, in the resized frame
 * @param cropWidth    width of the kept window
 * @param cropHeight   height of the kept window
 */
public record CropPlan(int decodeWidth, int decodeHeight, int scaledWidth, int scaledHeight, int cropX, int cropY,
                       int cropWidth, int cropHeight) {

    public CropPlan {
        if (decodeWidth <= 0 || decodeHeight <= 0 || scaledWidth <= 0 || scaledHeight <= 0) {
            throw new IllegalArgumentException("sizes must be positive, got decoded " + decodeWidth + "x"
                    + decodeHeight + ", resized " + scaledWidth + "x" + scaledHeight);
        }
        if (cropX < 0 || cropY < 0 || cropX + cropWidth > scaledWidth || cropY + cropHeight > scaledHeight
                || cropWidth <= 0 || cropHeight <= 0) {
            throw new IllegalArgumentException("crop " + cropWidth + "x" + cropHeight + "+" + cropX + "+" + cropY
                    + " outside the resized " + scaledWidth + "x" + scaledHeight);
        }
    }

    /** A plan in which FFmpeg scales the frames to {@code decodeWidth × decodeHeight} and nothing resizes them after. */
    public CropPlan(int decodeWidth, int decodeHeight, int cropX, int cropY, int cropWidth, int cropHeight) {
        this(decodeWidth, decodeHeight, decodeWidth, decodeHeight, cropX, cropY, cropWidth, cropHeight);
    }

    /** No crop: keep the whole decoded frame. */
    public static CropPlan whole(int width, int height) {
        return new CropPlan(width, height, 0, 0, width, height);
    }

    /** True when the normalised frames are resized after decoding (the reference's method). */
    public boolean resizesAfterDecoding() {
        return scaledWidth != decodeWidth || scaledHeight != decodeHeight;
    }
}
