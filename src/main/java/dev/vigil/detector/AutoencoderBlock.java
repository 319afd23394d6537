package dev.vigil.detector;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.initializer.UniformInitializer;

import java.util.List;

/**
 * The embedding autoencoder of the reference as a DJL block.
 *
 * <pre>
 * encoder: BatchNorm1d(in) → Linear(in, h1) → ReLU → Dropout → Linear(h1, h2) → ReLU → Dropout → Linear(h2, h3)
 * decoder: Linear(h3, h2) → ReLU → Dropout → Linear(h2, h1) → ReLU → Dropout → Linear(h1, in)
 * </pre>
 *
 * ReLU and dropout sit between linear layers only: the latent code and the output have no activation, exactly as
 * in the reference's {@code Encoder}/{@code Decoder} modules, because an embedding may be negative and a ReLU on
 * the latent would discard half of the code.
 */
public final class AutoencoderBlock extends SequentialBlock {

    private final AutoencoderLayout layout;
    private final SequentialBlock encoder;
    private final SequentialBlock decoder;

    public AutoencoderBlock(AutoencoderLayout layout) {
        this.layout = layout;
        List<Integer> sizes = layout.encoderSizes();
        encoder = new SequentialBlock();
        encoder.add(BatchNorm.builder().optAxis(1).optMomentum(0.9f).optEpsilon(1e-5f).build());
        int previous = layout.inputSize();
        for (int i = 0; i < sizes.size(); i++) {
            if (i > 0) {
                addActivation(encoder);
            }
            encoder.add(linear(previous, sizes.get(i)));
            previous = sizes.get(i);
        }
        decoder = new SequentialBlock();
        for (int i = sizes.size() - 2; i >= 0; i--) {
            decoder.add(linear(previous, sizes.get(i)));
            addActivation(decoder);
            previous = sizes.get(i);
        }
        decoder.add(linear(previous, layout.inputSize()));
        add(encoder);
        add(decoder);
    }

    public AutoencoderLayout layout() {
        return layout;
    }

    /** The encoder alone: embedding → latent code. */
    public Block encoder() {
        return encoder;
    }

    private void addActivation(SequentialBlock block) {
        block.add(Activation.reluBlock());
        block.add(Dropout.builder().optRate((float) layout.dropout()).build());
    }

    /** A linear layer initialised like PyTorch's {@code nn.Linear}: weights and biases from U(−1/√in, 1/√in). */
    private static Linear linear(int in, int out) {
        Linear linear = Linear.builder().setUnits(out).build();
        UniformInitializer init = new UniformInitializer((float) (1.0 / Math.sqrt(in)));
        linear.setInitializer(init, Parameter.Type.WEIGHT);
        linear.setInitializer(init, Parameter.Type.BIAS);
        return linear;
    }
}
