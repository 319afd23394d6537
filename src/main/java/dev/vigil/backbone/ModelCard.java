package dev.vigil.backbone;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.vigil.video.Preprocessing;
import dev.vigil.video.ResizeMethod;
import dev.vigil.video.ResizeMode;
import dev.vigil.video.TensorLayout;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a backbone is and how a clip must be prepared for it: the facts of {@code models/<id>.json}.
 *
 * @param id             short name, also the file stem: {@code models/<id>.json}, {@code models/<id>.pt}
 * @param name           human-readable name
 * @param kind           {@link BackboneKind#TORCHSCRIPT} (a {@code .pt} file) or {@link BackboneKind#BUILTIN}
 * @param file           the TorchScript file name beside the card (null for the built-in); it keeps the parameters,
 *                       for fine-tuning
 * @param inferenceFile  optional frozen TorchScript beside the card (BatchNorm folded into the convolutions, no
 *                       parameters): the same embeddings, faster; used for extraction when present
 * @param frames         frames sampled uniformly over the clip (for SlowFast: the fast pathway)
 * @param layout         axis order of one clip tensor
 * @param inputSize      side of the square input: the evaluation transform resizes to inputSize × inputSize,
 *                       the training transform crops inputSize × inputSize
 * @param resize         who shrinks the frames: {@link ResizeMethod#REFERENCE} (the reference pipeline's tensors,
 *                       the default of TorchScript cards) or {@link ResizeMethod#ANTIALIAS} (FFmpeg while decoding;
 *                       always for the built-in descriptor)
 * @param trainShortSide [min, max] short side of the training augmentation (random scale, then random crop)
 * @param mean           per-channel mean (RGB) of values in [0, 1]
 * @param std            per-channel standard deviation (RGB)
 * @param embeddingSize  length E of the embedding the backbone returns
 * @param slowFastAlpha  SlowFast's frame-rate ratio between the pathways (slow = frames / alpha); 0 otherwise
 * @param source         where the weights come from
 * @param licence        licence of the weights
 * @param keepAspect     true when frames keep their aspect ratio at about inputSize² pixels, uncropped, also for
 *                       training (descriptors anchored to a fixed camera's frame); absent or false: the square and
 *                       crop transforms above
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelCard(String id, String name, BackboneKind kind, String file, String inferenceFile, int frames, TensorLayout layout,
                        int inputSize, ResizeMethod resize, int[] trainShortSide, float[] mean, float[] std, int embeddingSize,
                        int slowFastAlpha, String source, String licence, Boolean keepAspect) {

    /**
     * Resize method of a TorchScript card that does not name one: the reference's, so that a network's embeddings,
     * scores and published thresholds are the reference pipeline's (docs/benchmarks.md measures what it costs).
     */
    public static final ResizeMethod DEFAULT_RESIZE = ResizeMethod.REFERENCE;

    public ModelCard {
        require(id != null && id.matches("[A-Za-z0-9_.-]+"), "id must be letters, digits, '_', '-' or '.', got " + id);
        require(kind != null, "kind is missing");
        require(kind != BackboneKind.TORCHSCRIPT || (file != null && !file.isBlank()), "a TorchScript card needs a file");
        require(frames >= 1, "frames must be at least 1, got " + frames);
        require(layout != null, "layout is missing (CTHW or TCHW)");
        require(inputSize >= 1, "inputSize must be at least 1, got " + inputSize);
        require(trainShortSide != null && trainShortSide.length == 2 && trainShortSide[0] >= inputSize
                        && trainShortSide[1] >= trainShortSide[0],
                "trainShortSide must be [min, max] with inputSize <= min <= max, got " + Arrays.toString(trainShortSide));
        require(mean != null && mean.length == 3 && std != null && std.length == 3, "mean and std need 3 values (RGB)");
        require(embeddingSize >= 1, "embeddingSize must be at least 1, got " + embeddingSize);
        require(slowFastAlpha >= 0, "slowFastAlpha must be 0 or more, got " + slowFastAlpha);
        require(slowFastAlpha == 0 || (layout == TensorLayout.CTHW && frames / slowFastAlpha >= 1),
                "SlowFast needs the CTHW layout and at least alpha frames");
        name = name == null ? id : name;
        keepAspect = Boolean.TRUE.equals(keepAspect) ? Boolean.TRUE : null;
        // a card written before the choice existed, or silent about it, gets the default of its kind
        resize = resize != null ? resize : kind == BackboneKind.BUILTIN ? ResizeMethod.ANTIALIAS : DEFAULT_RESIZE;
        require(kind != BackboneKind.BUILTIN || resize == ResizeMethod.ANTIALIAS,
                "resize must be antialias for a built-in backbone (FFmpeg scales the frames it describes)");
    }

    /** The card of the other fields, with the resize method taken from {@code resize} (null: the kind's default). */
    public ModelCard(String id, String name, BackboneKind kind, String file, String inferenceFile, int frames,
                     TensorLayout layout, int inputSize, int[] trainShortSide, float[] mean, float[] std,
                     int embeddingSize, int slowFastAlpha, String source, String licence) {
        this(id, name, kind, file, inferenceFile, frames, layout, inputSize, null, trainShortSide, mean, std,
                embeddingSize, slowFastAlpha, source, licence, null);
    }

    /** This card with another resize method (a config's {@code data.resize}). */
    public ModelCard withResize(ResizeMethod method) {
        return new ModelCard(id, name, kind, file, inferenceFile, frames, layout, inputSize, method, trainShortSide,
                mean, std, embeddingSize, slowFastAlpha, source, licence, keepAspect);
    }

    /** True when frames keep their aspect ratio (see {@code keepAspect}). */
    @JsonIgnore
    public boolean keepsAspect() {
        return keepAspect != null;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("model card: " + message);
        }
    }

    /** True for SlowFast-style backbones that take (slow, fast) pathway tensors. */
    @JsonIgnore
    public boolean isSlowFast() {
        return slowFastAlpha > 0;
    }

    /** The reference's evaluation transform: uniform frames, /255, normalise, resize to inputSize × inputSize. */
    @JsonIgnore
    public Preprocessing evalPreprocessing() {
        if (keepsAspect()) {
            return new Preprocessing(frames, ResizeMode.KEEP_ASPECT, inputSize, 0, 0, 0, mean, std, layout, resize);
        }
        return new Preprocessing(frames, ResizeMode.SQUARE, inputSize, 0, 0, 0, mean, std, layout, resize);
    }

    /** The reference's training augmentation: random short side in trainShortSide, random inputSize crop. */
    @JsonIgnore
    public Preprocessing trainPreprocessing() {
        if (keepsAspect()) {
            // a fixed camera's places are where they are: a random crop would move them
            return evalPreprocessing();
        }
        return new Preprocessing(frames, ResizeMode.RANDOM_SHORT_SIDE_CROP, inputSize, 0, trainShortSide[0],
                trainShortSide[1], mean, std, layout, resize);
    }

    /** Evaluation transform for view 0, training augmentation for views k &gt; 0. */
    public Preprocessing preprocessing(int view) {
        return view == 0 ? evalPreprocessing() : trainPreprocessing();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelCard c && id.equals(c.id) && Objects.equals(name, c.name) && kind == c.kind
                && Objects.equals(file, c.file) && Objects.equals(inferenceFile, c.inferenceFile) && frames == c.frames && layout == c.layout
                && inputSize == c.inputSize && resize == c.resize && Arrays.equals(trainShortSide, c.trainShortSide)
                && Arrays.equals(mean, c.mean) && Arrays.equals(std, c.std) && embeddingSize == c.embeddingSize
                && slowFastAlpha == c.slowFastAlpha && Objects.equals(source, c.source)
                && Objects.equals(licence, c.licence) && Objects.equals(keepAspect, c.keepAspect);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, file, frames, layout, inputSize, resize, embeddingSize, slowFastAlpha)
                + 31 * Arrays.hashCode(mean) + 17 * Arrays.hashCode(std);
    }

    @Override
    public String toString() {
        return "ModelCard[" + id + ", " + kind + ", " + frames + " frames " + layout + " " + inputSize + "² ("
                + resize.id() + "), E=" + embeddingSize + "]";
    }
}
