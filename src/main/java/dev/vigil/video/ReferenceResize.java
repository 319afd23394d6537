package dev.vigil.video;

/**
 * The reference pipeline's tensor from full-size frames: each value /255, minus the channel mean, over the channel
 * standard deviation, in float as PyTorch computes it, then {@link BilinearResize} of the normalised planes to the
 * plan's resized size (no antialiasing), then the plan's crop. The order matters: resizing after the
 * normalisation is what the reference does, and it is what its published scores were computed on.
 */
final class ReferenceResize {

    private ReferenceResize() {
    }

    static ClipTensor toTensor(RgbFrames frames, CropPlan plan, float[] mean, float[] std, TensorLayout layout) {
        int t = frames.frames();
        int sourceWidth = frames.width();
        int pixels = sourceWidth * frames.height();
        int h = plan.cropHeight();
        int w = plan.cropWidth();
        ClipTensor tensor = new ClipTensor(new float[3 * t * h * w], layout, 3, t, h, w);
        BilinearResize.Axis columns = BilinearResize.axis(sourceWidth, plan.scaledWidth());
        BilinearResize.Axis rows = BilinearResize.axis(frames.height(), plan.scaledHeight());
        float[][] normalised = normalisation(mean, std);
        float[] plane = new float[pixels];
        byte[] src = frames.data();
        for (int f = 0; f < t; f++) {
            int frameStart = f * pixels * 3;
            for (int c = 0; c < 3; c++) {
                float[] table = normalised[c];
                for (int i = 0, at = frameStart + c; i < pixels; i++, at += 3) {
                    plane[i] = table[src[at] & 0xff];
                }
                BilinearResize.resize(plane, sourceWidth, columns, rows, plan.cropX(), plan.cropY(), w, h,
                        tensor.data(), tensor.index(c, f, 0, 0), w);
            }
        }
        return tensor;
    }

    /**
     * The normalised value of every byte per channel: {@code (v / 255 - mean) / std} with the reference's float
     * operations in its order, so each entry is the very float the reference's tensor holds before resizing.
     */
    static float[][] normalisation(float[] mean, float[] std) {
        float[][] table = new float[3][256];
        for (int c = 0; c < 3; c++) {
            for (int v = 0; v < 256; v++) {
                table[c][v] = ((float) v / 255f - mean[c]) / std[c];
            }
        }
        return table;
    }
}
