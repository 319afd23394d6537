package dev.vigil.backbone;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import dev.vigil.training.FrontStage;
import dev.vigil.training.ParameterGroup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A TorchScript backbone as the trainable stage in front of the autoencoder: frozen before {@code fromEpoch},
 * then its parameters from {@code fromParameter} on train with {@code rateFactor} times the learning rate, as the
 * reference unfreezes R(2+1)D-18 from parameter 99 at a chosen epoch. The module stays in evaluation mode
 * throughout (see {@link TorchScriptBackbone#forwardWithGradients}).
 */
public final class BackboneStage implements FrontStage {

    private final TorchScriptBackbone backbone;
    private final int fromEpoch;
    private final int fromParameter;
    private final double rateFactor;
    private boolean training;

    /**
     * @param backbone      loaded with trainable parameters ({@link BackboneRegistry#openTrainable})
     * @param fromEpoch     first epoch (0-based) in which the backbone trains
     * @param fromParameter index of the first parameter that trains
     * @param rateFactor    the backbone's learning rate as a fraction of the schedule's
     */
    public BackboneStage(TorchScriptBackbone backbone, int fromEpoch, int fromParameter, double rateFactor) {
        int count = backbone.parameterNames().size();
        if (fromParameter < 0 || fromParameter >= count) {
            throw new IllegalArgumentException("parameter index " + fromParameter + " is outside backbone '"
                    + backbone.card().id() + "', which has " + count + " parameters (0.." + (count - 1) + ")");
        }
        this.backbone = backbone;
        this.fromEpoch = fromEpoch;
        this.fromParameter = fromParameter;
        this.rateFactor = rateFactor;
        backbone.trainFrom(count);
    }

    @Override
    public ParameterGroup parameterGroup() {
        List<Parameter> parameters = new ArrayList<>();
        for (int i = fromParameter; i < backbone.parameterNames().size(); i++) {
            parameters.add(backbone.parameter(i));
        }
        return new ParameterGroup("backbone", parameters, rateFactor);
    }

    @Override
    public NDArray forward(NDList batch, boolean trainingPass) {
        // the autoencoder stays on the CPU; the backbone runs where DJL put it (a GPU when there is one)
        Device device = backbone.model().getNDManager().getDevice();
        Device home = batch.head().getDevice();
        NDList inputs = device.equals(home) ? batch : batch.toDevice(device, false);
        NDArray embeddings;
        if (trainingPass && training) {
            embeddings = backbone.forwardWithGradients(inputs);
        } else {
            // frozen, or validation: an inference pass without autograd. Its result is an inference tensor, which
            // the autoencoder's layers cannot save for their backward pass: a copy made out here is an ordinary one.
            embeddings = backbone.model().getBlock().forward(new ParameterStore(inputs.head().getManager(), false),
                    inputs, false).singletonOrThrow().duplicate();
        }
        return device.equals(home) ? embeddings : embeddings.toDevice(home, false);
    }

    @Override
    public void startEpoch(int epoch) {
        training = epoch >= fromEpoch;
        backbone.trainFrom(training ? fromParameter : backbone.parameterNames().size());
    }

    /** True once the backbone's parameters train. */
    public boolean training() {
        return training;
    }

    @Override
    public String signature() {
        return String.format(Locale.ROOT, "backbone %s (%d parameters) trained from parameter %d (%s) at epoch %d, "
                        + "rate ×%s", backbone.card().id(), backbone.parameterNames().size(), fromParameter,
                backbone.parameterNames().get(fromParameter), fromEpoch, rateFactor);
    }

    @Override
    public void saveParameters(DataOutputStream out) throws IOException {
        TunedParameters.write(backbone, fromParameter, out);
    }

    @Override
    public void loadParameters(DataInputStream in) throws IOException {
        int first = TunedParameters.read(backbone, in);
        if (first != fromParameter) {
            throw new IOException("the saved backbone parameters start at " + first + ", this run trains from "
                    + fromParameter);
        }
    }
}
