package dev.vigil.cli;

import dev.vigil.video.TestVideos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Links that lead back to each other are called a loop, not a missing file, and are listed where files fail. */
class LinkLoopsTest {

    @TempDir
    Path dir;

    @Test
    void scoreListsLoopsAndBrokenLinksWithTheirReasonAndFollowsGoodLinks() throws Exception {
        Path videos = Files.createDirectories(dir.resolve("videos"));
        Path real = TestVideos.write(dir.resolve("real.mp4"), 64, 48, 10, 10, false, TestVideos.grey());
        Files.createSymbolicLink(videos.resolve("a.mp4"), videos.resolve("b.mp4"));
        Files.createSymbolicLink(videos.resolve("b.mp4"), videos.resolve("a.mp4"));
        Files.createSymbolicLink(videos.resolve("gone.mp4"), dir.resolve("nothing.mp4"));
        Files.createSymbolicLink(videos.resolve("good.mp4"), real);
        List<Path> found = new ArrayList<>();
        List<String[]> problems = new ArrayList<>();
        ScoreCommand.collect(videos, found, problems);
        problems.sort(java.util.Comparator.comparing(p -> p[0]));
        assertEquals(List.of(videos.resolve("good.mp4")), found);
        assertEquals(3, problems.size());
        assertTrue(problems.get(0)[0].endsWith("a.mp4") && problems.get(0)[1].startsWith("symbolic link loop"),
                problems.get(0)[1]);
        assertTrue(problems.get(2)[0].endsWith("gone.mp4") && problems.get(2)[1].startsWith("broken symbolic link"),
                problems.get(2)[1]);

        List<String[]> given = new ArrayList<>();
        ScoreCommand.collect(videos.resolve("a.mp4"), new ArrayList<>(), given);
        assertTrue(given.get(0)[1].startsWith("symbolic link loop"), given.get(0)[1]);
    }

    @Test
    void prepareCallsALoopALoop() throws Exception {
        Path walk = Files.createDirectories(dir.resolve("data/walk"));
        for (int i = 0; i < 3; i++) {
            TestVideos.write(walk.resolve("w" + i + ".mp4"), 64, 48, 25, 10, false, TestVideos.grey());
        }
        Files.createSymbolicLink(walk.resolve("x.mp4"), walk.resolve("y.mp4"));
        Files.createSymbolicLink(walk.resolve("y.mp4"), walk.resolve("x.mp4"));
        CommandRun run = CommandRun.of("prepare", dir.resolve("data").toString(), "--out", dir.resolve("out")
                .toString());
        assertTrue(run.code() == 0, run.all());
        String report = Files.readString(dir.resolve("out/preparation.txt"));
        assertTrue(report.contains("x.mp4") && report.contains("symbolic link loop"), report);
        assertTrue(!report.contains("its target does not exist"), report);
    }
}
