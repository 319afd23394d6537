package dev.vigil.cli;

import dev.vigil.backbone.EmbeddingSet;
import dev.vigil.video.TestVideos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private int run(ByteArrayOutputStream err, String... args) {
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return VigilCommand.execute(args);
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void extractsWithTheBuiltInBackboneAndReportsFailedClips() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        TestVideos.write(data.resolve("walk.mp4"), 160, 120, 20, 10, false, (t, rgb, w, h) ->
                TestVideos.fill(rgb, w, h, 10 + 4 * t, 40, 20, 50, 220, 220, 220));
        Files.writeString(data.resolve("bad.mp4"), "junk");
        Files.writeString(data.resolve("manifest.csv"), "path,label,class,split\nwalk.mp4,0,walk,train\n"
                + "bad.mp4,1,fall,anomaly\n");
        Path out = dir.resolve("out");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(err, "extract", "--manifest", data.resolve("manifest.csv").toString(), "--out", out.toString(),
                "--cache", dir.resolve("cache").toString(), "--threads", "1");
        String log = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, log);
        assertTrue(log.contains("bad.mp4") && log.contains("not a readable video"), log);
        assertTrue(log.contains("extract 2/2"), log);
        EmbeddingSet set = EmbeddingSet.load(out);
        assertEquals(1, set.size());
        assertEquals(360, set.dimension());
        assertEquals(1, set.failures().size());
    }

    @Test
    void unknownBackboneIsAFatalErrorThatListsTheKnownOnes() throws Exception {
        Files.writeString(dir.resolve("manifest.csv"), "path,label,class,split\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(err, "extract", "--manifest", dir.resolve("manifest.csv").toString(), "--backbone", "nope",
                "--out", dir.resolve("out").toString());
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown backbone 'nope' (known: builtin"),
                err.toString(StandardCharsets.UTF_8));
    }
}
