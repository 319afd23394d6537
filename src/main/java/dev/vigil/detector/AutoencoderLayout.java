package dev.vigil.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shape of the embedding autoencoder: input size, the sizes of the encoder's linear layers (the last one is the
 * latent size; the decoder mirrors them back to the input size), and the dropout rate between layers. The block
 * itself is {@link AutoencoderBlock}.
 *
 * @param inputSize    embedding size the backbone produces, e.g. 512, 2304 or 768
 * @param encoderSizes output sizes of the encoder's linear layers, widest first, e.g. {@code [512, 256, 128]}
 * @param dropout      dropout rate in [0, 1), 0.3 in the reference
 */
public record AutoencoderLayout(int inputSize, List<Integer> encoderSizes, double dropout) {

    /** The reference's dropout rate. */
    public static final double DEFAULT_DROPOUT = 0.3;

    public AutoencoderLayout {
        if (inputSize < 1) {
            throw new IllegalArgumentException("input size must be at least 1, got " + inputSize);
        }
        if (encoderSizes == null || encoderSizes.isEmpty()) {
            throw new IllegalArgumentException("the encoder needs at least one layer");
        }
        encoderSizes = List.copyOf(encoderSizes);
        for (int i = 0; i < encoderSizes.size(); i++) {
            if (encoderSizes.get(i) < 1) {
                throw new IllegalArgumentException("layer " + (i + 1) + " size must be at least 1, got "
                        + encoderSizes.get(i));
            }
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
    }

    public AutoencoderLayout(int inputSize, List<Integer> encoderSizes) {
        this(inputSize, encoderSizes, DEFAULT_DROPOUT);
    }

    /** Parses layer sizes written as in the reference config: {@code "512,256,128"}. */
    public static List<Integer> parseSizes(String text) {
        List<Integer> sizes = new ArrayList<>();
        for (String part : text.split(",")) {
            String trimmed = part.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                sizes.add(Integer.parseInt(trimmed));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("layer size '" + trimmed + "' is not a whole number in '" + text
                        + "' (expected e.g. 512,256,128)", e);
            }
        }
        return sizes;
    }

    /** The layer sizes as the reference config writes them: {@code "512,256,128"}. */
    public String sizesText() {
        return String.join(",", encoderSizes.stream().map(String::valueOf).toList());
    }

    /** Size of the latent code: the last encoder layer. */
    public int latentSize() {
        return encoderSizes.get(encoderSizes.size() - 1);
    }

    /** The same layout for another input size (the embedding size is known only once a backbone is chosen). */
    public AutoencoderLayout withInputSize(int size) {
        return new AutoencoderLayout(size, encoderSizes, dropout);
    }

    /**
     * Number of trainable parameters, as PyTorch counts them: the weights and biases of every linear layer of the
     * encoder and the mirrored decoder, plus the scale and shift of the input BatchNorm (its running mean and
     * variance are buffers, not parameters).
     */
    public long parameterCount() {
        long count = 2L * inputSize;
        int previous = inputSize;
        for (int size : encoderSizes) {
            count += linear(previous, size);
            previous = size;
        }
        for (int i = encoderSizes.size() - 2; i >= 0; i--) {
            count += linear(previous, encoderSizes.get(i));
            previous = encoderSizes.get(i);
        }
        count += linear(previous, inputSize);
        return count;
    }

    private static long linear(int in, int out) {
        return (long) in * out + out;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d → %s (dropout %.2f)", inputSize, sizesText(), dropout);
    }
}
