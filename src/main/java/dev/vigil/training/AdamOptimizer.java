package dev.vigil.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import dev.vigil.io.NumberArrays;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam as PyTorch computes it (betas 0.9 / 0.999, eps 1e-8, no weight decay), with its state in arrays this class
 * owns so that a checkpoint can save and restore it: DJL's own Adam keeps its moments private.
 *
 * <pre>
 * m ← β1·m + (1−β1)·g        v ← β2·v + (1−β2)·g²
 * w ← w − lr/(1−β1^t) · m / (√v/√(1−β2^t) + eps)
 * </pre>
 *
 * Call {@link #step} after the gradient collector is closed (gradient recording off), so the in-place updates of
 * the weights are not themselves recorded. Each step zeroes the gradients it used, since PyTorch accumulates them.
 */
public final class AdamOptimizer implements AutoCloseable {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-8;

    private final List<ParameterGroup> groups;
    private final NDManager manager;
    private final Map<Parameter, NDArray[]> moments = new IdentityHashMap<>();
    private long steps;

    /** @param manager where the moments live; closed with this optimiser */
    public AdamOptimizer(List<ParameterGroup> groups, NDManager manager) {
        this.groups = List.copyOf(groups);
        this.manager = manager;
    }

    public long steps() {
        return steps;
    }

    /** One update of every trainable parameter with the gradients of the last backward pass. */
    public void step(double learningRate) {
        steps++;
        double correction1 = 1 - Math.pow(BETA1, steps);
        double sqrtCorrection2 = Math.sqrt(1 - Math.pow(BETA2, steps));
        for (ParameterGroup group : groups) {
            double rate = learningRate * group.rateFactor();
            for (Parameter parameter : group.parameters()) {
                if (parameter.requiresGradient()) {
                    update(parameter, rate / correction1, sqrtCorrection2);
                }
            }
        }
    }

    private void update(Parameter parameter, double stepSize, double sqrtCorrection2) {
        NDArray weight = parameter.getArray();
        NDArray[] mv = moments(parameter);
        // Results of operations land in the manager of their first operand: attach the long-lived arrays to a
        // scope for the duration of the update so every temporary is freed with it.
        try (NDManager scope = manager.newSubManager()) {
            scope.tempAttachAll(weight, mv[0], mv[1]);
            NDArray gradient = weight.getGradient();
            // In place where possible: each pass over a large layer costs memory bandwidth, the real limit here.
            mv[1].muli(BETA2).addi(gradient.square().muli(1 - BETA2));
            mv[0].muli(BETA1).addi(gradient.muli(1 - BETA1));
            // lr/c1 · m / (√v/√c2 + eps) = (lr·√c2/c1) · m / (√v + eps·√c2): one pass fewer
            NDArray denominator = mv[1].sqrt().addi(EPS * sqrtCorrection2);
            weight.subi(mv[0].div(denominator).muli(stepSize * sqrtCorrection2));
            gradient.subi(gradient);
        }
    }

    private NDArray[] moments(Parameter parameter) {
        return moments.computeIfAbsent(parameter, p -> {
            NDArray weight = p.getArray();
            // on the weight's device: a fine-tuned backbone may run on a GPU while the autoencoder stays on the CPU
            return new NDArray[] {manager.zeros(weight.getShape(), weight.getDataType(), weight.getDevice()),
                manager.zeros(weight.getShape(), weight.getDataType(), weight.getDevice())};
        });
    }

    /**
     * Writes the step count and, group by group, the moments of every parameter that has any (a parameter frozen
     * so far has none), so a checkpoint taken before a backbone is unfrozen still loads after.
     */
    public void save(DataOutputStream out) throws IOException {
        out.writeLong(steps);
        out.writeInt(groups.size());
        for (ParameterGroup group : groups) {
            out.writeUTF(group.name());
            out.writeInt(group.parameters().size());
            for (Parameter parameter : group.parameters()) {
                NDArray[] mv = moments.get(parameter);
                out.writeBoolean(mv != null);
                if (mv != null) {
                    NumberArrays.writeFloats(out, mv[0].toFloatArray());
                    NumberArrays.writeFloats(out, mv[1].toFloatArray());
                }
            }
        }
    }

    /** Reads what {@link #save} wrote; the groups and parameter sizes must match this optimiser's. */
    public void load(DataInputStream in) throws IOException {
        long savedSteps = in.readLong();
        int groupCount = in.readInt();
        if (groupCount != groups.size()) {
            throw new IOException("optimiser state has " + groupCount + " parameter groups, expected " + groups.size());
        }
        for (ParameterGroup group : groups) {
            String name = in.readUTF();
            if (!name.equals(group.name())) {
                throw new IOException("optimiser state has group '" + name + "' where '" + group.name() + "' was expected");
            }
            int count = in.readInt();
            if (count != group.parameters().size()) {
                throw new IOException("optimiser state of group '" + name + "' has " + count
                        + " parameters, expected " + group.parameters().size());
            }
            for (Parameter parameter : group.parameters()) {
                if (!in.readBoolean()) {
                    NDArray[] stale = moments.remove(parameter);
                    if (stale != null) {
                        stale[0].close();
                        stale[1].close();
                    }
                    continue;
                }
                int size = Math.toIntExact(parameter.getArray().size());
                NDArray[] mv = moments(parameter);
                try {
                    mv[0].set(NumberArrays.readFloats(in, size));
                    mv[1].set(NumberArrays.readFloats(in, size));
                } catch (IOException e) {
                    throw new IOException("optimiser state of " + parameter.getName() + ": " + e.getMessage(), e);
                }
            }
        }
        steps = savedSteps;
    }

    @Override
    public void close() {
        moments.values().forEach(mv -> {
            mv[0].close();
            mv[1].close();
        });
        moments.clear();
    }
}
