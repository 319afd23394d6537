package dev.vigil.video;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Everything between a video file and a backbone's input tensor: frame count, resize rule, normalisation, layout.
 *
 * @param frames       frames sampled uniformly over the clip
 * @param mode         resize rule
 * @param cropSize     side of the square input (SQUARE: the resize target)
 * @param shortSide    short side before the centre crop (SHORT_SIDE_CENTER_CROP)
 * @param shortSideMin smallest random short side (RANDOM_SHORT_SIDE_CROP)
 * @param shortSideMax largest random short side, inclusive (RANDOM_SHORT_SIDE_CROP)
 * @param mean         per-channel mean of values in [0, 1], RGB
 * @param std          per-channel standard deviation, RGB
 * @param layout       axis order of the tensor
 * @param resize       who shrinks the frames: FFmpeg while decoding, or the reference's bilinear resize of the
 *                     normalised full-size frames
 */
public record Preprocessing(int frames, ResizeMode mode, int cropSize, int shortSide, int shortSideMin,
                            int shortSideMax, float[] mean, float[] std, TensorLayout layout, ResizeMethod resize) {

    public Preprocessing {
        if (frames < 1) {
            throw new IllegalArgumentException("frames must be at least 1, got " + frames);
        }
        if (cropSize < 1) {
            throw new IllegalArgumentException("crop size must be at least 1, got " + cropSize);
        }
        if (mean.length != 3 || std.length != 3) {
            throw new IllegalArgumentException("mean and std need 3 values (R, G, B)");
        }
        if (mode == ResizeMode.SHORT_SIDE_CENTER_CROP && shortSide < cropSize) {
            throw new IllegalArgumentException("short side " + shortSide + " is smaller than the crop " + cropSize);
        }
        if (mode == ResizeMode.RANDOM_SHORT_SIDE_CROP && (shortSideMin < cropSize || shortSideMax < shortSideMin)) {
            throw new IllegalArgumentException("short side range [" + shortSideMin + ", " + shortSideMax
                    + "] must start at or above the crop " + cropSize);
        }
        if (resize == null) {
            throw new IllegalArgumentException("resize method is missing (reference or antialias)");
        }
    }

    /** Frames scaled by FFmpeg while decoding ({@link ResizeMethod#ANTIALIAS}). */
    public Preprocessing(int frames, ResizeMode mode, int cropSize, int shortSide, int shortSideMin, int shortSideMax,
                         float[] mean, float[] std, TensorLayout layout) {
        this(frames, mode, cropSize, shortSide, shortSideMin, shortSideMax, mean, std, layout, ResizeMethod.ANTIALIAS);
    }

    /** The same preprocessing with another resize rule (e.g. the training augmentation of an evaluation setup). */
    public Preprocessing withMode(ResizeMode newMode) {
        return new Preprocessing(frames, newMode, cropSize, shortSide, shortSideMin, shortSideMax, mean, std, layout,
                resize);
    }

    /** The same preprocessing with another resize method. */
    public Preprocessing withResize(ResizeMethod method) {
        return new Preprocessing(frames, mode, cropSize, shortSide, shortSideMin, shortSideMax, mean, std, layout,
                method);
    }

    /**
     * Plans the decode size, resize and crop of one clip of the given displayed size.
     *
     * @param seed used only by the random mode; the same seed gives the same view
     */
    public CropPlan plan(int sourceWidth, int sourceHeight, long seed) {
        CropPlan scaled = switch (mode) {
            case SQUARE -> CropPlan.whole(cropSize, cropSize);
            case KEEP_ASPECT -> {
                int[] size = keepAspect(sourceWidth, sourceHeight, cropSize);
                yield CropPlan.whole(size[0], size[1]);
            }
            case SHORT_SIDE_CENTER_CROP -> centred(shortSideSize(sourceWidth, sourceHeight, shortSide));
            case RANDOM_SHORT_SIDE_CROP -> {
                SplittableRandom random = new SplittableRandom(seed);
                int side = random.nextInt(shortSideMin, shortSideMax + 1);
                int[] size = shortSideSize(sourceWidth, sourceHeight, side);
                int x = random.nextInt(size[0] - cropSize + 1);
                int y = random.nextInt(size[1] - cropSize + 1);
                yield new CropPlan(size[0], size[1], x, y, cropSize, cropSize);
            }
        };
        if (resize == ResizeMethod.ANTIALIAS) {
            return scaled;
        }
        // the reference decodes at full size and resizes the normalised frames: FFmpeg converts the pixel format only
        return new CropPlan(sourceWidth, sourceHeight, scaled.decodeWidth(), scaled.decodeHeight(), scaled.cropX(),
                scaled.cropY(), scaled.cropWidth(), scaled.cropHeight());
    }

    private CropPlan centred(int[] size) {
        int x = (size[0] - cropSize) / 2;
        int y = (size[1] - cropSize) / 2;
        return new CropPlan(size[0], size[1], x, y, cropSize, cropSize);
    }

    /**
     * About {@code side}² pixels with the aspect ratio of width × height, each side even (what H.264 and FFmpeg's
     * scaler like) and never larger than the source's: a small video is not blown up.
     */
    static int[] keepAspect(int width, int height, int side) {
        double scale = Math.min(1, side / Math.sqrt((double) width * height));
        return new int[] {Math.max(2, 2 * (int) Math.round(width * scale / 2)),
                Math.max(2, 2 * (int) Math.round(height * scale / 2))};
    }

    private int[] shortSideSize(int width, int height, int side) {
        return resize == ResizeMethod.REFERENCE ? scaleShortSideReference(width, height, side)
                : scaleShortSide(width, height, side);
    }

    /**
     * Size with the short side scaled to {@code side} as the reference's augmentation computes it (pytorchvideo's
     * {@code short_side_scale}: the long side is {@code floor(long / short * side)} in double precision).
     */
    static int[] scaleShortSideReference(int width, int height, int side) {
        if (width < height) {
            return new int[] {side, (int) Math.floor((double) height / width * side)};
        }
        return new int[] {(int) Math.floor((double) width / height * side), side};
    }

    /** Size with the short side scaled to {@code side}, keeping the aspect ratio (as torchvision's Resize(int)). */
    static int[] scaleShortSide(int width, int height, int side) {
        if (width <= height) {
            return new int[] {side, Math.max(side, (int) ((long) side * height / width))};
        }
        return new int[] {Math.max(side, (int) ((long) side * width / height)), side};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Preprocessing p && frames == p.frames && mode == p.mode && cropSize == p.cropSize
                && shortSide == p.shortSide && shortSideMin == p.shortSideMin && shortSideMax == p.shortSideMax
                && Arrays.equals(mean, p.mean) && Arrays.equals(std, p.std) && layout == p.layout
                && resize == p.resize;
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hash(frames, mode, cropSize, shortSide, shortSideMin, shortSideMax, layout, resize)
                + 17 * Arrays.hashCode(mean) + Arrays.hashCode(std);
    }

    @Override
    public String toString() {
        return "Preprocessing[frames=" + frames + ", mode=" + mode + ", crop=" + cropSize + ", shortSide=" + shortSide
                + ", range=[" + shortSideMin + "," + shortSideMax + "], mean=" + Arrays.toString(mean) + ", std="
                + Arrays.toString(std) + ", layout=" + layout + ", resize=" + resize.id() + "]";
    }
}
