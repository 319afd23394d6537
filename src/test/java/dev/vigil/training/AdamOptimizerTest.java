package dev.vigil.training;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AdamOptimizerTest {

    private static final float[] TARGET = {0, 0, 3};

    /** Weights after each step of {@code torch.optim.Adam([w], lr=0.1)} on {@code ((w − t)²).sum()}, PyTorch 1.13. */
    private static final float[][] PYTORCH = {
        {0.900000036f, -1.89999998f, 0.600000024f},
        {0.800412238f, -1.80016649f, 0.699872851f},
        {0.701586306f, -1.70062339f, 0.799526095f},
    };

    @Test
    void stepsMatchPyTorchAdam() {
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            Parameter w = parameter(manager);
            try (AdamOptimizer adam = new AdamOptimizer(List.of(new ParameterGroup("g", List.of(w), 1)),
                    manager.newSubManager())) {
                for (float[] expected : PYTORCH) {
                    backward(manager, w);
                    adam.step(0.1);
                    assertArrayEquals(expected, w.getArray().toFloatArray(), 1e-6f);
                }
                assertEquals(3, adam.steps());
            }
        }
    }

    @Test
    void savedStateContinuesTheSameSteps() throws Exception {
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            Parameter w = parameter(manager);
            byte[] saved;
            try (AdamOptimizer first = new AdamOptimizer(List.of(new ParameterGroup("g", List.of(w), 1)),
                    manager.newSubManager())) {
                backward(manager, w);
                first.step(0.1);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                first.save(new DataOutputStream(bytes));
                saved = bytes.toByteArray();
            }
            try (AdamOptimizer second = new AdamOptimizer(List.of(new ParameterGroup("g", List.of(w), 1)),
                    manager.newSubManager())) {
                second.load(new DataInputStream(new ByteArrayInputStream(saved)));
                for (int i = 1; i < PYTORCH.length; i++) {
                    backward(manager, w);
                    second.step(0.1);
                    assertArrayEquals(PYTORCH[i], w.getArray().toFloatArray(), 1e-6f);
                }
            }
        }
    }

    @Test
    void aGroupWithFactorZeroStaysPut() {
        try (NDManager manager = NDManager.newBaseManager("PyTorch")) {
            Parameter w = parameter(manager);
            try (AdamOptimizer adam = new AdamOptimizer(List.of(new ParameterGroup("frozen", List.of(w), 0)),
                    manager.newSubManager())) {
                backward(manager, w);
                adam.step(0.1);
                assertArrayEquals(new float[] {1, -2, 0.5f}, w.getArray().toFloatArray());
            }
        }
    }

    private static Parameter parameter(NDManager manager) {
        Parameter w = Parameter.builder().setName("w").setType(Parameter.Type.WEIGHT).build();
        NDArray array = manager.create(new float[] {1, -2, 0.5f});
        array.setRequiresGradient(true);
        w.setArray(array);
        return w;
    }

    private static void backward(NDManager manager, Parameter w) {
        try (NDManager scope = manager.newSubManager();
             GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
            NDArray loss = w.getArray().sub(scope.create(TARGET)).square().sum();
            collector.backward(loss);
        }
    }
}
