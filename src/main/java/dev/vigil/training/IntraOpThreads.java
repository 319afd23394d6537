package dev.vigil.training;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Runs small-tensor work on one PyTorch intra-op thread. A batch of eight embeddings makes operations of a few
 * microseconds, for which waking and joining worker threads costs more than the work: measured here, an epoch of
 * 1 400 clips of 768 values took 3 s on one thread and 15 s on two when the cores were shared with other work.
 * PyTorch keeps this setting per calling thread (OpenMP and MKL thread-local settings), so a backbone running on
 * another thread keeps its own; the previous value is restored on close.
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
