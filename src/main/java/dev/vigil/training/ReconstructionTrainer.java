package dev.vigil.training;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import dev.vigil.progress.CancelledException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference's training loop, owned here in the manner of DJL's {@code EasyTrain}: Adam, a learning-rate
 * schedule stepped per epoch, the sum of squared errors as loss ({@code MSELoss(reduction='sum')}), validation in
 * evaluation mode after each epoch, best and latest checkpoints.
 *
 * <p>Every batch runs in its own NDManager scope, closed at the end of the batch, or memory grows with every step.
 * Dropout draws from a seed derived from (seed, epoch, batch) and the shuffle from (seed, epoch), so a run resumed
 * from any checkpoint, even one written by a cancel in the middle of an epoch, continues the same curve.
 */
public final class ReconstructionTrainer {

    private final ReconstructionModel model;
    private final TrainingConfig config;
    private final BatchSource train;
    private final BatchSource validation;
    private final TrainingSession session;
    private final Engine engine;

    public ReconstructionTrainer(ReconstructionModel model, TrainingConfig config, BatchSource train,
                                 BatchSource validation, TrainingSession session) {
        if (train.size() < 2) {
            throw new IllegalArgumentException("training needs at least 2 clips, got " + train.size());
        }
        this.model = model;
        this.config = config;
        this.train = train;
        this.validation = validation;
        this.session = session;
        this.engine = model.manager().getEngine();
    }

    /**
     * Trains from the model's current weights; existing checkpoints in the session's folder are replaced.
     *
     * @throws IOException when a checkpoint cannot be written
     * @throws dev.vigil.progress.CancelledException when cancelled; the latest checkpoint then holds the position
     */
    public TrainingResult train() throws IOException {
        ScheduleState schedule = new LearningRateSchedule(config.schedule(), config.learningRate()).state();
        CheckpointState start = new CheckpointState(model.signature(), config, 0, 0, 0, 0,
                Double.POSITIVE_INFINITY, 0, 0, schedule, List.of());
        return run(start, null);
    }

    /**
     * Continues from the session's latest checkpoint. The settings must be those of the checkpoint, except the
     * number of epochs, which may grow to train further.
     *
     * @throws IOException when there is no checkpoint, it is damaged, or it belongs to other settings
     */
    public TrainingResult resume() throws IOException {
        if (session.checkpoints() == null) {
            throw new IOException("resume needs a checkpoint folder");
        }
        CheckpointStore store = session.checkpoints();
        int unfinished = store.removeUnfinishedWrites();
        if (unfinished > 0) {
            note("removed " + unfinished + " unfinished checkpoint write(s) from " + store.dir());
        }
        CheckpointStore.ResumePoint point = store.resumePoint();
        if (point.note() != null) {
            note(point.note());
        }
        TrainingConfig was = point.state().config();
        if (!was.withEpochs(config.epochs()).equals(config)) {
            throw new IOException("checkpoint " + point.file() + " was trained with " + was
                    + "; this run asks for " + config + " (only the number of epochs may change)");
        }
        return run(point.state(), point.file());
    }

    private void note(String text) {
        session.listeners().forEach(l -> l.onNote(text));
    }

    private TrainingResult run(CheckpointState start, Path resumeFrom) throws IOException {
        try (IntraOpThreads threads = IntraOpThreads.one(engine);
             NDManager optimizerManager = model.manager().newSubManager();
             AdamOptimizer optimizer = new AdamOptimizer(model.parameterGroups(), optimizerManager)) {
            Run run = new Run(start);
            gradientRecordingOff();
            if (resumeFrom != null) {
                CheckpointStore.read(resumeFrom, model, optimizer);
            }
            run.schedule.restore(start.schedule());
            int batches = BatchPlan.shuffled(train.size(), config.batchSize(), config.seed(), 0).size();
            List<EpochRecord> done = List.copyOf(run.history);
            session.listeners().forEach(l -> l.onStart(config.epochs(), batches, done));
            for (int epoch = start.epoch(); epoch < config.epochs(); epoch++) {
                runEpoch(run, epoch, optimizer);
            }
            boolean restored = restoreBest(run);
            return new TrainingResult(run.history, run.bestEpoch, run.bestLoss, restored);
        }
    }

    private void runEpoch(Run run, int epoch, AdamOptimizer optimizer) throws IOException {
        List<int[]> plan = BatchPlan.shuffled(train.size(), config.batchSize(), config.seed(), epoch);
        double rate = run.schedule.rate();
        model.startEpoch(epoch);
        for (int b = run.batch; b < plan.size(); b++) {
            if (session.cancellation().isCancelled()) {
                run.epoch = epoch;
                run.batch = b;
                saveLatest(run, optimizer);
                throw new CancelledException();
            }
            engine.setRandomSeed(Seeds.mixInt(config.seed(), epoch, b));
            double loss = trainBatch(plan.get(b), rate, optimizer);
            run.lossSum += loss;
            run.examples += plan.get(b).length;
            BatchEvent event = new BatchEvent(epoch + 1, b + 1, plan.size(), rate, loss / plan.get(b).length,
                    run.elapsed());
            session.listeners().forEach(l -> l.onBatch(event));
        }
        double trainLoss = run.lossSum / run.examples;
        if (!Double.isFinite(trainLoss)) {
            throw new TrainingDivergedException(epoch + 1, trainLoss);
        }
        double validationLoss = validate();
        EpochRecord record = new EpochRecord(epoch + 1, rate, trainLoss, validationLoss, run.elapsed());
        run.history.add(record);
        double criterion = Double.isNaN(validationLoss) ? trainLoss : validationLoss;
        boolean best = criterion < run.bestLoss;
        run.schedule.step(validationLoss);
        run.epoch = epoch + 1;
        run.batch = 0;
        run.lossSum = 0;
        run.examples = 0;
        if (best) {
            run.bestLoss = criterion;
            run.bestEpoch = epoch + 1;
            run.bestWeights = snapshot();
            if (session.checkpoints() != null) {
                CheckpointStore.write(session.checkpoints().bestFile(), run.state(), model, optimizer);
            }
        }
        saveLatest(run, optimizer);
        session.listeners().forEach(l -> l.onEpoch(record, best));
    }

    /**
     * PyTorch's gradient recording is a per-thread switch: off in the thread that loaded the engine, on in every other
     * one, and a gradient collector puts back what it found. Training on a worker thread (the workbench's) would then
     * record the in-place parameter updates, which PyTorch refuses; so the trainer's thread switches it off first.
     */
    private void gradientRecordingOff() {
        if ("PyTorch".equals(engine.getEngineName())) {
            JniUtils.setGradMode(false);
        }
    }

    /** One optimisation step; returns the batch's summed loss. */
    private double trainBatch(int[] indices, double rate, AdamOptimizer optimizer) {
        double loss;
        try (NDManager scope = model.manager().newSubManager()) {
            NDList batch = train.batch(scope, indices);
            try (GradientCollector collector = engine.newGradientCollector()) {
                NDArray value = sumOfSquares(model.forward(batch, true));
                collector.backward(value);
                loss = value.getFloat();
            }
            // The collector is closed: gradient recording is off again, so the in-place updates are not recorded.
            optimizer.step(rate);
        }
        return loss;
    }

    /** Mean loss per clip over the validation set in evaluation mode; NaN without validation clips. */
    private double validate() {
        if (validation == null || validation.size() == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int[] indices : BatchPlan.sequential(validation.size(), model.evaluationBatch())) {
            try (NDManager scope = model.manager().newSubManager()) {
                sum += sumOfSquares(model.forward(validation.batch(scope, indices), false)).getFloat();
            }
        }
        return sum / validation.size();
    }

    private static NDArray sumOfSquares(NDList targetAndReconstruction) {
        return targetAndReconstruction.get(1).sub(targetAndReconstruction.get(0)).square().sum();
    }

    private void saveLatest(Run run, AdamOptimizer optimizer) throws IOException {
        if (session.checkpoints() != null) {
            CheckpointStore.write(session.checkpoints().latestFile(), run.state(), model, optimizer);
        }
    }

    private byte[] snapshot() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.saveParameters(new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    /** Puts the best epoch's weights back, as the reference evaluates with its best checkpoint. */
    private boolean restoreBest(Run run) throws IOException {
        if (run.bestEpoch == 0 || run.bestEpoch == run.history.size()) {
            return run.bestEpoch != 0;
        }
        if (run.bestWeights != null) {
            model.loadParameters(new DataInputStream(new ByteArrayInputStream(run.bestWeights)));
            return true;
        }
        if (session.checkpoints() != null && Files.isRegularFile(session.checkpoints().bestFile())) {
            CheckpointStore.read(session.checkpoints().bestFile(), model, null);
            return true;
        }
        return false;
    }

    /** The mutable position of a run. */
    private final class Run {
        final LearningRateSchedule schedule = new LearningRateSchedule(config.schedule(), config.learningRate());
        final List<EpochRecord> history;
        final long startNanos = System.nanoTime();
        final double elapsedBefore;
        int epoch;
        int batch;
        double lossSum;
        long examples;
        double bestLoss;
        int bestEpoch;
        byte[] bestWeights;

        Run(CheckpointState start) {
            history = new ArrayList<>(start.history());
            elapsedBefore = start.elapsedSeconds();
            epoch = start.epoch();
            batch = start.batch();
            lossSum = start.epochLossSum();
            examples = start.epochExamples();
            bestLoss = start.bestLoss();
            bestEpoch = start.bestEpoch();
        }

        double elapsed() {
            return elapsedBefore + (System.nanoTime() - startNanos) / 1e9;
        }

        CheckpointState state() {
            return new CheckpointState(model.signature(), config, epoch, batch, lossSum, examples, bestLoss,
                    bestEpoch, elapsed(), schedule.state(), history);
        }
    }
}
