package dev.vigil.video;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Converts decoded frames, in whatever pixel format the decoder gives, to packed RGB at one size, in one step with
 * FFmpeg's scaler and the bilinear filter: the very call the file reader's grabber makes, so that a frame converted
 * here is the frame a file reader gives at that size, bit for bit.
 */
final class RgbConversion implements AutoCloseable {

    /** swscale's vector code may write a little past a row's end. */
    private static final int PADDING = 64;

    private final int width;
    private final int height;
    private final BytePointer target;
    private final PointerPointer<BytePointer> targetPlanes;
    private final IntPointer targetStride;
    private SwsContext context;

    /** @param width, height the size of the RGB frames made */
    RgbConversion(int width, int height) {
        this.width = width;
        this.height = height;
        this.target = new BytePointer((long) width * height * 3 + PADDING);
        this.targetPlanes = new PointerPointer<>(target, null, null, null);
        this.targetStride = new IntPointer(new int[] {width * 3, 0, 0, 0});
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Writes {@code frame} as packed RGB, width × height × 3 bytes, into {@code out}. */
    void convert(AVFrame frame, byte[] out) {
        // the source may change size or format on a reconnect: the cached context follows it
        context = swscale.sws_getCachedContext(context, frame.width(), frame.height(), frame.format(), width, height,
                avutil.AV_PIX_FMT_RGB24, swscale.SWS_BILINEAR, null, null, (DoublePointer) null);
        if (context == null) {
            throw new IllegalStateException("FFmpeg cannot convert " + frame.width() + "x" + frame.height()
                    + " frames of pixel format " + frame.format() + " to RGB at " + width + "x" + height);
        }
        swscale.sws_scale(context, frame.data(), frame.linesize(), 0, frame.height(), targetPlanes,
                targetStride);
        target.position(0).get(out, 0, width * height * 3);
    }

    @Override
    public void close() {
        if (context != null) {
            swscale.sws_freeContext(context);
            context = null;
        }
        target.close();
        targetPlanes.close();
        targetStride.close();
    }
}
