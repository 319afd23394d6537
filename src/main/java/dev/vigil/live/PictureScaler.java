package dev.vigil.live;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Scales kept pictures down to the size the backbone decodes at, with FFmpeg's scaler and the bilinear filter the
 * file reader's scaling uses, so that a live frame reaches the backbone as a frame of a file would.
 */
final class PictureScaler implements AutoCloseable {

    private static final int PADDING = 64;

    private final int sourceBytes;
    private final int targetBytes;
    private final SwsContext context;
    private final BytePointer source;
    private final BytePointer target;
    private final PointerPointer<BytePointer> sourcePlanes;
    private final PointerPointer<BytePointer> targetPlanes;
    private final IntPointer sourceStride;
    private final IntPointer targetStride;
    private final int sourceHeight;

    PictureScaler(int sourceWidth, int sourceHeight, int targetWidth, int targetHeight) {
        this.sourceBytes = sourceWidth * sourceHeight * 3;
        this.targetBytes = targetWidth * targetHeight * 3;
        this.sourceHeight = sourceHeight;
        boolean same = sourceWidth == targetWidth && sourceHeight == targetHeight;
        this.context = same ? null : swscale.sws_getContext(sourceWidth, sourceHeight, avutil.AV_PIX_FMT_RGB24,
                targetWidth, targetHeight, avutil.AV_PIX_FMT_RGB24, swscale.SWS_BILINEAR, null, null,
                (DoublePointer) null);
        if (!same && context == null) {
            throw new IllegalStateException("FFmpeg cannot scale " + sourceWidth + "x" + sourceHeight + " to "
                    + targetWidth + "x" + targetHeight);
        }
        // swscale reads four plane pointers and strides, and its vector code may touch bytes past a row's end
        this.source = same ? null : new BytePointer(sourceBytes + PADDING);
        this.target = same ? null : new BytePointer(targetBytes + PADDING);
        this.sourcePlanes = same ? null : new PointerPointer<>(source, null, null, null);
        this.targetPlanes = same ? null : new PointerPointer<>(target, null, null, null);
        this.sourceStride = same ? null : new IntPointer(new int[] {sourceWidth * 3, 0, 0, 0});
        this.targetStride = same ? null : new IntPointer(new int[] {targetWidth * 3, 0, 0, 0});
    }

    /** Writes {@code picture} scaled into {@code out} at {@code offset}. */
    void scale(byte[] picture, byte[] out, int offset) {
        if (context == null) {
            System.arraycopy(picture, 0, out, offset, targetBytes);
            return;
        }
        source.position(0).put(picture, 0, sourceBytes);
        swscale.sws_scale(context, sourcePlanes, sourceStride, 0, sourceHeight, targetPlanes, targetStride);
        target.position(0).get(out, offset, targetBytes);
    }

    @Override
    public void close() {
        if (context != null) {
            swscale.sws_freeContext(context);
            source.close();
            target.close();
            sourcePlanes.close();
            targetPlanes.close();
            sourceStride.close();
            targetStride.close();
        }
    }
}
