package dev.vigil.cli;

import dev.vigil.dataset.Manifest;
import dev.vigil.experiment.SampleSubset;
import dev.vigil.experiment.run.RunContents;
import dev.vigil.experiment.run.RunFolder;
import dev.vigil.training.CheckpointStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code train --resume} after what really happens to stopped runs: a process killed while writing a checkpoint,
 * a damaged latest checkpoint, clips that changed or vanished since the run began.
 */
class ResumeSafetyTest {

    @TempDir
    Path dir;

    private Path stoppedRun(Path manifest) {
        return StoppedRun.make(manifest, dir.resolve("runs"), dir.resolve("cache"));
    }

    private CommandRun resume(Path run) {
        return CommandRun.of("train", "--resume", run.toString(), "--cache", dir.resolve("cache").toString());
    }

    @Test
    void unfinishedWritesAreRemovedAndADamagedLatestFallsBackToBest() throws IOException {
        Path run = stoppedRun(SampleSubset.write(dir.resolve("data"), 3, 2, 1, 1, 1));
        Path checkpoints = run.resolve(RunFolder.CHECKPOINTS);
        Path orphan = Files.write(checkpoints.resolve(".latest.ckpt.8203.tmp"), new byte[4096]);
        Path latest = checkpoints.resolve(CheckpointStore.LATEST);
        byte[] bytes = Files.readAllBytes(latest);
        Files.write(latest, Arrays.copyOf(bytes, bytes.length / 2));
        assertTrue(Files.isRegularFile(checkpoints.resolve(CheckpointStore.BEST)), "premise: a best checkpoint");

        CommandRun resumed = resume(run);
        assertEquals(0, resumed.code(), resumed.all());
        assertFalse(Files.exists(orphan), "the unfinished write is gone");
        assertTrue(resumed.err().contains("note: removed 1 unfinished checkpoint write"), resumed.all());
        assertTrue(resumed.err().contains("latest.ckpt: truncated or damaged"), resumed.all());
        assertTrue(resumed.err().contains("resuming from best.ckpt after epoch"), resumed.all());
        RunContents contents = RunFolder.open(run).read();
        assertTrue(contents.complete());
        assertEquals(5, contents.history().size());
    }

    @Test
    void bothCheckpointsDamagedSaysSoAndHow() throws IOException {
        Path run = stoppedRun(SampleSubset.write(dir.resolve("data"), 3, 2, 1, 1, 1));
        for (String name : List.of(CheckpointStore.LATEST, CheckpointStore.BEST)) {
            Files.writeString(run.resolve(RunFolder.CHECKPOINTS).resolve(name), "damaged");
        }
        CommandRun resumed = resume(run);
        assertEquals(1, resumed.code(), resumed.all());
        assertTrue(resumed.err().contains("latest.ckpt: not a Vigil checkpoint"), resumed.all());
        assertTrue(resumed.err().contains("best.ckpt: not a Vigil checkpoint"), resumed.all());
        assertTrue(resumed.err().contains("train it again"), resumed.all());
    }

    @Test
    void resumeRefusesWhenTheRunsClipsChangedAndNamesThem() throws IOException {
        Path data = Files.createDirectories(dir.resolve("own"));
        List<String> rows = Files.readAllLines(SampleSubset.write(dir.resolve("subset"), 3, 2, 1, 1, 1));
        StringBuilder manifest = new StringBuilder(rows.get(0)).append('\n');
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", 2);
            Path copy = data.resolve(Path.of(cells[0]).getFileName());
            Files.copy(Path.of(cells[0]), copy);
            manifest.append(copy.getFileName()).append(',').append(cells[1]).append('\n');
        }
        Path own = Files.writeString(data.resolve(Manifest.FILE_NAME), manifest);
        Path run = stoppedRun(own);
        String gone = rows.get(1).split(",")[0];
        Files.delete(data.resolve(Path.of(gone).getFileName()));

        CommandRun resumed = resume(run);
        assertEquals(1, resumed.code(), resumed.all());
        assertTrue(resumed.err().contains("changed since run"), resumed.all());
        assertTrue(resumed.err().contains(Path.of(gone).getFileName() + " (file missing)"), resumed.all());
        assertTrue(resumed.err().contains("train it again under a new name"), resumed.all());
        assertEquals(2, RunFolder.open(run).read().history().size(), "the stopped run is left as it was");
    }
}
