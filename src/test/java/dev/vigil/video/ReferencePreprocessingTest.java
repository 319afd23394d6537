package dev.vigil.video;

import org.junit.jupiter.api.Test;

import static dev.vigil.video.ReferenceFixtures.FRAMES;
import static dev.vigil.video.ReferenceFixtures.MEAN;
import static dev.vigil.video.ReferenceFixtures.SIZE;
import static dev.vigil.video.ReferenceFixtures.STD;
import static dev.vigil.video.ReferenceFixtures.relativeL2;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Vigil's input tensors against the reference pipeline's, computed by PyTorch from the same committed clip
 * (real FFmpeg decoding on this side, PyAV and torch on the other).
 */
class ReferencePreprocessingTest {

    private static Preprocessing evaluation(ResizeMethod method) {
        return new Preprocessing(FRAMES, ResizeMode.SQUARE, SIZE, 0, 0, 0, MEAN, STD, TensorLayout.CTHW, method);
    }

    /** The reference's window: frames in [0 s, int(duration)). */
    private static ClipTensor load(Preprocessing p) throws Exception {
        VideoInfo info = VideoProbe.probe(ReferenceFixtures.clip());
        return ClipTensors.load(info, p, 0, 0, Math.floor(info.durationSeconds()));
    }

    @Test
    void referenceEvaluationTensorIsThePipelinesTensor() throws Exception {
        float[] expected = ReferenceFixtures.flat("reference_eval_input.npy");
        ClipTensor tensor = load(evaluation(ResizeMethod.REFERENCE));
        assertArrayEquals(new long[] {3, FRAMES, SIZE, SIZE}, tensor.shape());
        double error = relativeL2(tensor.data(), expected);
        System.out.printf("reference evaluation tensor: relative L2 %.3g%n", error);
        assertTrue(error <= 1e-4, "relative L2 " + error);
    }

    @Test
    void antialiasedTensorIsMeasurablyAnotherOne() throws Exception {
        // the fixture must tell the two methods apart, or the test above would prove nothing about the resize
        float[] expected = ReferenceFixtures.flat("reference_eval_input.npy");
        double error = relativeL2(load(evaluation(ResizeMethod.ANTIALIAS)).data(), expected);
        System.out.printf("antialias evaluation tensor against the reference: relative L2 %.3g%n", error);
        assertTrue(error > 0.05, "relative L2 " + error);
    }

    @Test
    void referenceTrainingScaleAndCropAreThePipelinesToo() throws Exception {
        // pytorchvideo's short_side_scale of 160x120 to short side 30, then a 24x24 crop at (5, 3)
        assertArrayEquals(new int[] {40, 30}, Preprocessing.scaleShortSideReference(160, 120, 30));
        CropPlan plan = new CropPlan(160, 120, 40, 30, 5, 3, SIZE, SIZE);
        assertTrue(plan.resizesAfterDecoding());
        RgbFrames frames = VideoDecoder.decodeUniform(ReferenceFixtures.clip(), FRAMES, 160, 120, 0, 2.0);
        ClipTensor tensor = ClipTensors.toTensor(frames, plan, MEAN, STD, TensorLayout.CTHW);
        double error = relativeL2(tensor.data(), ReferenceFixtures.flat("reference_train_input.npy"));
        System.out.printf("reference training tensor: relative L2 %.3g%n", error);
        assertTrue(error <= 1e-4, "relative L2 " + error);
    }

    @Test
    void referencePlansDecodeAtFullSizeAndResizeAfter() {
        Preprocessing train = new Preprocessing(FRAMES, ResizeMode.RANDOM_SHORT_SIDE_CROP, 112, 0, 128, 171, MEAN,
                STD, TensorLayout.CTHW, ResizeMethod.REFERENCE);
        CropPlan reference = train.plan(720, 480, 9);
        CropPlan antialias = train.withResize(ResizeMethod.ANTIALIAS).plan(720, 480, 9);
        assertEquals(720, reference.decodeWidth());
        assertEquals(480, reference.decodeHeight());
        // the same random view either way: the same scaled size and crop, only who scales differs
        assertEquals(antialias.decodeWidth(), reference.scaledWidth());
        assertEquals(antialias.decodeHeight(), reference.scaledHeight());
        assertEquals(antialias.cropX(), reference.cropX());
        assertEquals(antialias.cropY(), reference.cropY());
    }
}
