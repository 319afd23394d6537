package dev.vigil.ui.training;

import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.experiment.BackboneEmbedder;
import dev.vigil.experiment.ExperimentPipeline;
import dev.vigil.experiment.SampleSubset;
import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.experiment.run.RunContents;
import dev.vigil.experiment.run.RunFolder;
import dev.vigil.training.EpochRecord;
import dev.vigil.ui.SyntheticEmbedder;
import dev.vigil.ui.run.RunLoader;
import dev.vigil.ui.task.CurrentThreadTaskExecutor;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingViewModelTest {

    @TempDir
    Path dir;
    private final TrainingViewModel model = new TrainingViewModel(new CurrentThreadTaskExecutor(),
            new ExperimentPipeline(new SyntheticEmbedder()));
    private final List<RunLoader.LoadedRun> finished = new ArrayList<>();
    private final List<String> workbenchLog = new ArrayList<>();

    private ExperimentConfig config(String name, int epochs) throws Exception {
        Path manifest = SyntheticEmbedder.manifest(dir.resolve("data"));
        return ExperimentConfig.defaults().with(Map.of("dataset.manifest", manifest.toString(),
                "model.saving_dir_experiments", dir.resolve("runs").toString(), "model.saving_dir_model", name,
                "model.num_epoch", epochs, "model.dim_autoencoder_layers", "8,4", "model.num_autoencoder_layers", 2,
                "dataset.batch_size", 6));
    }

    @Test
    void startRunsThePipelineAndHandsOverTheFinishedRun() throws Exception {
        ExperimentConfig config = config("first", 3);
        model.setPlan(() -> config, finished::add, workbenchLog::add);
        List<Integer> plotted = new ArrayList<>();
        model.epochs().addListener((ListChangeListener<EpochRecord>) change -> plotted.add(model.epochs().size()));
        assertTrue(model.canStartProperty().get());
        model.start();
        assertEquals(1, finished.size());
        RunLoader.LoadedRun run = finished.get(0);
        assertEquals(dir.resolve("runs/first"), run.dir());
        assertTrue(run.contents().complete());
        assertEquals(4, run.results().detectors().size());
        assertEquals(3, model.epochs().size());
        assertTrue(plotted.containsAll(List.of(1, 2, 3)), "the plot grew epoch by epoch: " + plotted);
        assertEquals(run.contents().history(), List.copyOf(model.epochs()), "the plot shows what history.csv holds");
        assertTrue(model.log().stream().anyMatch(line -> line.startsWith("Embedding 26 clips")), model.log().toString());
        assertTrue(model.log().stream().anyMatch(line -> line.startsWith("epoch 3  train loss")));
        assertNull(model.resumableProperty().get());
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void cancelLeavesAResumableRunAndResumeFinishesIt() throws Exception {
        ExperimentConfig config = config("stopped", 5);
        model.setPlan(() -> config, finished::add, workbenchLog::add);
        boolean[] cancelled = {false};
        model.epochs().addListener((ListChangeListener<EpochRecord>) change -> {
            if (model.epochs().size() == 2 && !cancelled[0]) {
                cancelled[0] = true;
                model.cancel();
            }
        });
        model.start();
        assertTrue(finished.isEmpty());
        Path run = dir.resolve("runs/stopped");
        assertEquals(run, model.resumableProperty().get());
        assertTrue(model.canResumeProperty().get());
        RunContents stopped = RunFolder.open(run).read();
        assertFalse(stopped.complete());
        assertTrue(stopped.resumable(), "a latest checkpoint is there");
        assertTrue(model.log().stream().anyMatch(line -> line.contains("cancelled; Resume continues it")));

        model.resume();
        assertEquals(1, finished.size());
        assertTrue(RunFolder.open(run).read().complete());
        assertEquals(List.of(1, 2, 3, 4, 5), model.epochs().stream().map(EpochRecord::epoch).toList(),
                "the plot keeps the epochs before the cancel and adds the rest");
        assertFalse(model.canResumeProperty().get());
    }

    @Test
    void aFineTunedRunShowsItsClipsDecodingThenTrainsTheBackbone() throws Exception {
        Path models = Path.of(getClass().getResource("/dev/vigil/backbone/fixtures/tiny_cthw.json").toURI())
                .getParent();
        TrainingViewModel tuning = new TrainingViewModel(new CurrentThreadTaskExecutor(), new ExperimentPipeline(
                new BackboneEmbedder(new BackboneRegistry(models), null, 1)));
        Path manifest = SampleSubset.write(dir.resolve("clips"), 2, 2, 1, 0, 0);
        ExperimentConfig config = ExperimentConfig.defaults().with(Map.of("dataset.manifest", manifest.toString(),
                "model.saving_dir_experiments", dir.resolve("runs").toString(), "model.saving_dir_model", "tuned",
                "model.name_time_model", "tiny_cthw", "model.epoch_start_unfreeze", 0, "model.num_epoch", 2,
                "model.dim_autoencoder_layers", "8,4", "model.num_autoencoder_layers", 2, "dataset.batch_size", 2));
        List<String> messages = new ArrayList<>();
        tuning.messageProperty().addListener((obs, old, now) -> messages.add(now));
        tuning.setPlan(() -> config, finished::add, workbenchLog::add);
        tuning.start();
        assertEquals(1, finished.size(), "errors: " + workbenchLog);
        assertTrue(messages.stream().anyMatch(m -> m.matches("Decoding clips for fine-tuning: 1 of 6 · .* left")),
                messages.toString());
        int decoded = messages.indexOf(messages.stream().filter(m -> m.startsWith("Decoding clips for fine-tuning: 6 "
                + "of 6")).findFirst().orElseThrow());
        assertTrue(messages.subList(decoded, messages.size()).stream().anyMatch(m -> m.startsWith(
                "Training the autoencoder: epoch 1 of 2")), "training follows the decoding: " + messages);
        assertTrue(Files.isRegularFile(dir.resolve("runs/tuned").resolve(RunFolder.TUNED_BACKBONE)));
    }

    @Test
    void startSaysWhyItCannotRun() {
        model.startProblemProperty().set("Open a dataset first (Dataset screen)");
        assertFalse(model.canStartProperty().get());
        model.start();
        assertEquals("Open a dataset first (Dataset screen)", model.log().get(0));
        model.startProblemProperty().set("");
        model.setPlan(() -> {
            throw new dev.vigil.experiment.config.ConfigException(null, List.of("Batch size: must be 2 or more"));
        }, finished::add, workbenchLog::add);
        model.start();
        assertEquals("Cannot start: Batch size: must be 2 or more", model.errorProperty().get());
        assertEquals(List.of("Cannot start training: Batch size: must be 2 or more"), workbenchLog);
    }

    @Test
    void aFailedRunNamesTheReasonAndCanBeResumed() throws Exception {
        ExperimentConfig config = config("failing", 2);
        TrainingViewModel failing = new TrainingViewModel(new CurrentThreadTaskExecutor(), new ExperimentPipeline(
                (dataset, c, progress, token) -> {
                    throw new java.io.IOException("backbone 'r2plus1d_18': model file models/r2plus1d_18.pt not found");
                }));
        failing.setPlan(() -> config, finished::add, workbenchLog::add);
        failing.start();
        assertEquals("backbone 'r2plus1d_18': model file models/r2plus1d_18.pt not found",
                failing.errorProperty().get());
        assertEquals(dir.resolve("runs/failing"), failing.resumableProperty().get());
        assertTrue(workbenchLog.get(0).startsWith("Training failed: backbone 'r2plus1d_18'"));
    }

    @Test
    void epochsFillTheHistoryTheLogAndTheSummary() {
        model.acceptEpoch(new EpochRecord(1, 1e-3, 4.0, 5.0, 1));
        model.acceptEpoch(new EpochRecord(2, 1e-3, 3.0, 3.5, 2));
        model.acceptEpoch(new EpochRecord(3, 1e-4, 2.5, 3.9, 3));
        assertEquals(3, model.epochs().size());
        assertEquals("Epoch 3 · train 2.5 · validation 3.9 · best validation 3.5 at epoch 2",
                model.summaryProperty().get());
        assertEquals("epoch 2  train loss 3  validation loss 3.5  lr 0.001", model.log().get(1));
        model.showHistory("run a", List.of(new EpochRecord(1, Double.NaN, 1.0, Double.NaN, 1)));
        assertEquals("Epoch 1 · train 1", model.summaryProperty().get());
        assertEquals("History of run a: 1 epoch", model.log().get(3));
    }

    @Test
    void theLogIsBounded() {
        for (int i = 0; i < TrainingViewModel.LOG_LINES + 50; i++) {
            model.acceptLog("line " + i);
        }
        assertEquals(TrainingViewModel.LOG_LINES, model.log().size());
        assertEquals("line " + (TrainingViewModel.LOG_LINES + 49), model.log().get(model.log().size() - 1));
    }
}
