package dev.vigil.training;

import ai.djl.nn.Parameter;

import java.util.List;

/**
 * Parameters that share a learning rate: the schedule's rate times {@code rateFactor}. The autoencoder is one group
 * with factor 1; a fine-tuned backbone in front of it would be a second group with a smaller factor. Parameters
 * that do not require a gradient (frozen ones, BatchNorm running statistics) are skipped by the optimiser.
 *
 * @param name       short name, used in checkpoints
 * @param parameters the parameters, in a stable order
 * @param rateFactor multiplier of the scheduled learning rate
 */
public record ParameterGroup(String name, List<Parameter> parameters, double rateFactor) {

    public ParameterGroup {
        parameters = List.copyOf(parameters);
        if (!(rateFactor >= 0) || Double.isInfinite(rateFactor)) {
            throw new IllegalArgumentException("group " + name + ": rate factor must be 0 or more, got " + rateFactor);
        }
    }
}
