package dev.vigil.ui.run;

import dev.vigil.dataset.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunFolderReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsHistoryScoresAndThreshold() throws Exception {
        Path run = Files.createDirectories(dir.resolve("runs/first"));
        Files.writeString(run.resolve("history.csv"), "epoch,learning_rate,train_loss,val_loss\n1,0.001,4.5,5.0\n2,0.001,3.0,\n");
        Files.writeString(run.resolve("scores.csv"), "path,class,split,label,autoencoder,knn\n"
                + "walk/a.mp4,walk,test,0,12.5,0.3\nbike/d.mp4,bike,anomaly,1,601.04,0.9\n");
        Files.writeString(run.resolve("report.json"), "{\"detector\":\"autoencoder\",\"threshold\":100.0}");
        Files.writeString(run.resolve("config.json"), "{\"dataset\":{\"manifest\":\"../../data/manifest.csv\"}}");
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/manifest.csv"), "path,label,class,split\n");

        RunContents contents = RunFolderReader.read(run, null);
        assertEquals(2, contents.history().size());
        assertEquals(4.5, contents.history().get(0).trainLoss());
        assertEquals(0.001, contents.history().get(0).learningRate());
        assertTrue(Double.isNaN(contents.history().get(1).valLoss()));
        assertEquals(List.of("autoencoder", "knn"), List.copyOf(contents.detectors().keySet()));
        assertEquals("autoencoder", contents.mainDetector());
        var bike = contents.detectors().get("autoencoder").get(1);
        assertEquals(601.04, bike.score());
        assertEquals(Split.ANOMALY, bike.split());
        assertTrue(bike.anomaly());
        assertEquals(dir.resolve("data/bike/d.mp4").normalize(), bike.file().normalize());
        assertEquals(0.9, contents.detectors().get("knn").get(1).score());
        assertEquals(100.0, contents.threshold());
    }

    @Test
    void namesTheProblem() throws Exception {
        Path notARun = Files.createDirectories(dir.resolve("other"));
        assertFalse(RunFolderReader.isRun(notARun));
        IOException missing = assertThrows(IOException.class, () -> RunFolderReader.read(notARun, null));
        assertTrue(missing.getMessage().contains("no scores.csv or history.csv"));
        Files.writeString(notARun.resolve("scores.csv"), "path,class,split,label,ae\nx.mp4,walk,sometimes,0,1\n");
        IOException badSplit = assertThrows(IOException.class, () -> RunFolderReader.read(notARun, null));
        assertTrue(badSplit.getMessage().contains("line 2") && badSplit.getMessage().contains("sometimes"),
                badSplit.getMessage());
    }
}
