package dev.vigil.cli;

import dev.vigil.timeline.BusyScene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ctrl+C on a real {@code vigil watch} process while an event is open: the event is closed and kept, exit 130. */
class WatchInterruptTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void ctrlCClosesTheOpenEventAndExitsWith130() throws Exception {
        Path bundle = SceneBundle.make(dir);
        // the object races along the walkway from frame 30 to the end: its event is open when the signal comes
        Path video = BusyScene.write(dir.resolve("racing.mp4"), 200, 21, 30, 199);
        Path out = dir.resolve("watch");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true", "dev.vigil.Launcher", "watch", video.toString(), "--realtime", "--bundle",
                bundle.toString(), "--out", out.toString(), "--pre", "1s", "--post", "1s")
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        int alerts = 0;
        try (BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = stdout.readLine()) != null) {
                if (line.contains(" ALERT event ")) {
                    alerts++;
                    // raised once the object races (it does to the last frame), so the event is open when the
                    // signal comes; its segment may begin a little earlier, where windows over the object start
                    if (frameAtAlert(line) >= 30) {
                        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
                    }
                }
            }
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the watch did not stop");
        String stderr = Files.readString(dir.resolve("stderr.txt"));
        assertEquals(130, process.exitValue(), stderr);
        assertTrue(stderr.contains("watch: stopped"), stderr);
        List<List<String>> events = WatchFolderRows.events(out);
        assertEquals(alerts, events.size(), "every alert has its row, the open one too: " + events);
        List<String> last = events.get(events.size() - 1);
        assertTrue(Files.size(out.resolve(last.get(15))) > 0, "the open event's clip was finished: " + last);
    }

    /**
     * About the frame that had come when an alert line was printed: the segment's first frame, "(frame N)", plus
     * the frames of its "S s after its first frame" at the video's 10 frames a second (played in real time).
     */
    private static double frameAtAlert(String line) {
        int at = line.indexOf("(frame ");
        long first = Long.parseLong(line.substring(at + 7, line.indexOf(')', at)));
        String before = line.substring(0, line.indexOf(" s after its first frame"));
        double seconds = Double.parseDouble(before.substring(before.lastIndexOf(' ') + 1));
        return first + seconds * 10;
    }
}
