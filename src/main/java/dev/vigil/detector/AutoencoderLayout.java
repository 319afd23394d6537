package dev.vigil.detector;

import java.util.List;

/**
 * The shape of the reconstruction autoencoder: {@code BatchNorm1d(inputSize)}, then for each encoder size a
 * {@code Linear → ReLU → Dropout} block, the last size being the latent code, and a decoder that mirrors the encoder
 * back to {@code inputSize} (no output activation).
 *
 * @param inputSize    embedding size the backbone produces, e.g. 768
 * @param encoderSizes output sizes of the encoder's Linear layers, widest first, e.g. 512, 256, 128
 * @param dropout      dropout probability after each hidden activation, in [0, 1)
 */
public record AutoencoderLayout(int inputSize, List<Integer> encoderSizes, double dropout) {

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

    /** Size of the latent code: the last encoder size. */
    public int latentSize() {
        return encoderSizes.get(encoderSizes.size() - 1);
    }

    /**
     * Trainable parameters: the BatchNorm's scale and shift ({@code 2 × inputSize}; its running statistics are
     * buffers, not parameters) plus weights and biases of every Linear layer of encoder and decoder.
     */
    public long parameterCount() {
        long count = 2L * inputSize;
        int previous = inputSize;
        for (int size : encoderSizes) {
            count += linear(previous, size) + linear(size, previous);
            previous = size;
        }
        return count;
    }

    private static long linear(int in, int out) {
        return (long) in * out + out;
    }
}
