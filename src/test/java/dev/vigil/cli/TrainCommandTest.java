package dev.vigil.cli;

import dev.vigil.evaluation.ScoreTable;
import dev.vigil.experiment.SampleSubset;
import dev.vigil.experiment.run.RunContents;
import dev.vigil.experiment.run.RunFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainCommandTest {

    @TempDir
    static Path dir;

    static Path manifest;

    @BeforeAll
    static void data() throws IOException {
        manifest = SampleSubset.write(dir.resolve("data"), 3, 2, 1, 1, 1);
    }

    @Test
    void trainsFromAConfigInTheReferencesLayoutWithOptionsOverItsKeys() throws IOException {
        Path config = Files.writeString(dir.resolve("version_1.yaml"), """
                dataset:
                  dataset_path: %s
                  manifest: %s
                  path_dataset_train_csv: dataset/df_train.csv
                  batch_size: 4
                model:
                  name_time_model: builtin
                  num_autoencoder_layers: 3 # 2 or 3
                  dim_autoencoder_layers: 384,256,128
                  freeze_layers: 1
                  #epoch_start_unfreeze: 0
                  layer_start_unfreeze: 0
                  saving_dir_experiments: %s
                  saving_dir_model: v1
                  num_epoch: 30
                  learning_rate: 0.001
                  scheduler_type: StepLR
                  scheduler_step_size: 10
                  lr_factor: 0.1
                  dropout: 0.3
                  do_train: 1
                  do_test: 1
                  number_of_classes: 3
                data:
                  num_frames_to_sample: 8
                """.formatted(manifest.getParent(), manifest, dir.resolve("runs")));
        CommandRun run = CommandRun.of("train", "--config", config.toString(), "--epochs", "3", "--detectors",
                "autoencoder,knn", "--set", "model.dropout=0.2", "--cache", dir.resolve("cache").toString());
        assertEquals(0, run.code(), run.all());
        for (int epoch = 1; epoch <= 3; epoch++) {
            assertTrue(run.out().contains("epoch " + epoch + "/3  lr 1.00e-03  train loss "), run.out());
        }
        Path folder = dir.resolve("runs/v1");
        RunContents contents = RunFolder.open(folder).read();
        assertEquals(List.of(384, 256, 128), contents.config().settings().layerSizes());
        assertEquals(0.2, contents.config().get("model.dropout").asDouble());
        assertEquals(3, contents.history().size());
        ScoreTable scores = contents.scores().orElseThrow();
        assertEquals(List.of("autoencoder", "knn"), scores.detectors());
        PrintedReport.parse(run.out()).assertAgreesWith(scores, contents.report().orElseThrow().detectors().stream()
                .map(d -> d.threshold().value()).toList());
    }

    @Test
    void wrongOptionsAndConfigsAreNamedWithTheKeyAndWhatIsAllowed() throws IOException {
        CommandRun nothing = CommandRun.of("train");
        assertEquals(2, nothing.code());
        assertTrue(nothing.err().contains("give --config FILE or --manifest FILE"), nothing.err());

        Path typo = Files.writeString(dir.resolve("typo.json"), "{\"model\": {\"num_epochs\": 3}}");
        CommandRun badKey = CommandRun.of("train", "--config", typo.toString());
        assertEquals(2, badKey.code());
        assertTrue(badKey.err().contains("model.num_epochs: unknown key (did you mean num_epoch?)"), badKey.err());

        CommandRun badValue = CommandRun.of("train", "--manifest", manifest.toString(), "--epochs", "0");
        assertEquals(2, badValue.code());
        assertTrue(badValue.err().contains("model.num_epoch: must be a whole number in [1, 100000], got 0"),
                badValue.err());

        CommandRun missing = CommandRun.of("train", "--config", dir.resolve("none.yaml").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("none.yaml: no such file"), missing.err());

        CommandRun both = CommandRun.of("train", "--resume", dir.toString(), "--epochs", "3");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("--resume continues a run with its own config.json"), both.err());
    }

    @Test
    void resumeFinishesAStoppedRunFromItsCheckpoint() throws IOException {
        Path folder = StoppedRun.make(manifest, dir.resolve("runs"), dir.resolve("cache"));
        assertEquals(2, RunFolder.open(folder).read().history().size());

        CommandRun resume = CommandRun.of("train", "--resume", folder.toString(), "--cache",
                dir.resolve("cache").toString());
        assertEquals(0, resume.code(), resume.all());
        assertTrue(resume.out().contains("resuming after epoch 2"), resume.out());
        assertTrue(resume.out().contains("epoch 3/5") && !resume.out().contains("epoch 2/5"), resume.out());
        RunContents contents = RunFolder.open(folder).read();
        assertTrue(contents.complete());
        assertEquals(5, contents.history().size());
    }
}
