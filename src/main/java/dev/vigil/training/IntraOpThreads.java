package dev.vigil.training;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Runs small-tensor work on one PyTorch intra-op thread. A batch of eight embeddings makes operations of a few
 * microseconds, for which waking and joining worker threads costs more than the work: measured here, an epoch of
 * 1 400 clips of 768 values took 3 s on one thread and 15 s on two when the cores were shared with other work.
 *
 * <p>PyTorch applies the setting to the calling thread (OpenMP and MKL keep it per thread) and also records it as
 * the starting value of threads that first use PyTorch while it is in force; threads that used PyTorch before keep
 * their own. So run backbone inference on a thread that has already run PyTorch, or not while training. The
 * previous value is restored on close.
 */
public final class IntraOpThreads implements AutoCloseable {

    private final int previous;

    private IntraOpThreads(int previous) {
        this.previous = previous;
    }

    /** Limits the calling thread to one intra-op thread until {@link #close()}; a no-op for other engines. */
    public static IntraOpThreads one(Engine engine) {
        if (!"PyTorch".equals(engine.getEngineName())) {
            return new IntraOpThreads(-1);
        }
        int previous = JniUtils.getNumThreads();
        JniUtils.setNumThreads(1);
        return new IntraOpThreads(previous);
    }

    @Override
    public void close() {
        if (previous > 0) {
            JniUtils.setNumThreads(previous);
        }
    }
}
