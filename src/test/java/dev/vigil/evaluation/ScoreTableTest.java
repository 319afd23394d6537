package dev.vigil.evaluation;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreTableTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsPathsClassesSplitsViewsAndScores() throws IOException {
        List<Clip> clips = List.of(
                new Clip("Golf-Swing/a, \"quoted\".mp4", 0, "Golf-Swing", Split.TRAIN, 0),
                new Clip("Golf-Swing/a, \"quoted\".mp4", 0, "Golf-Swing", Split.TRAIN, 3),
                new Clip("Ломание/b c.avi", 0, "Running", Split.TEST),
                new Clip("Walk-Front/x.mp4", 1, "Walk-Front", Split.ANOMALY));
        ScoreTable table = new ScoreTable(clips)
                .with("autoencoder", new double[] {601.0400000001, 1e-12, Double.NaN, 1234.5})
                .with("knn", new double[] {0.1, 0.2, 0.3, 0.4});
        Path file = dir.resolve(ScoreTable.FILE_NAME);
        table.write(file);
        assertTrue(Files.readString(file).startsWith("path,class,split,label,view,autoencoder,knn\n"));
        ScoreTable read = ScoreTable.read(file);
        assertEquals(clips, read.clips());
        assertEquals(List.of("autoencoder", "knn"), read.detectors());
        assertArrayEquals(table.scores("autoencoder"), read.scores("autoencoder"), 0.0);
        assertTrue(Double.isNaN(read.scores("autoencoder")[2]), "a missing score stays missing");
    }

    @Test
    void badTablesAndColumnsAreRefusedWithTheReason() throws IOException {
        ScoreTable table = new ScoreTable(List.of(new Clip("a.mp4", 0, "a", Split.VAL)));
        assertThrows(IllegalArgumentException.class, () -> table.with("split", new double[] {1}));
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
                () -> table.with("knn", new double[] {1, 2}));
        assertTrue(count.getMessage().contains("2 scores for 1 clips"), count.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> table.scores("gmm"));
        assertTrue(missing.getMessage().contains("'gmm'"), missing.getMessage());

        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "path,class,split,label,view,knn\na.mp4,a,val,2,0,0.5\n");
        IOException e = assertThrows(IOException.class, () -> ScoreTable.read(file));
        assertTrue(e.getMessage().contains("bad.csv line 2") && e.getMessage().contains("label"), e.getMessage());
        Files.writeString(file, "clip,score\n");
        e = assertThrows(IOException.class, () -> ScoreTable.read(file));
        assertTrue(e.getMessage().contains("header must start with path,class,split,label,view"), e.getMessage());
    }
}
