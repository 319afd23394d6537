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
import java.time.Instant;
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
        StringBuilder printed = new StringBuilder();
        try (BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = stdout.readLine()) != null) {
                printed.append(line).append('\n');
                if (line.contains(" ALERT event ")) {
                    alerts++;
                    if (alerts == 1) {
                        // the object races from frame 30 to the last: by frame 80 an event is open, whatever
                        // the first alert was (the object's, or an earlier one that grows into it or closes)
                        waitForFrame(line, 80);
                        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
                    }
                }
            }
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the watch did not stop");
        String stderr = Files.readString(dir.resolve("stderr.txt"));
        assertEquals(130, process.exitValue(), stderr + printed);
        assertTrue(stderr.contains("watch: stopped"), stderr);
        List<List<String>> events = WatchFolderRows.events(out);
        assertEquals(alerts, events.size(), "every alert has its row, the open one too: " + events);
        List<String> last = events.get(events.size() - 1);
        assertTrue(Files.size(out.resolve(last.get(15))) > 0, "the open event's clip was finished: " + last);
    }

    /**
     * Waits until frame {@code frame} (1-based) of the video, played in real time at 10 frames a second, has come:
     * an alert line names its segment's first frame, "(frame N)", and when that frame came, "since TIME".
     */
    private static void waitForFrame(String alertLine, int frame) throws InterruptedException {
        int at = alertLine.indexOf("(frame ");
        long first = Long.parseLong(alertLine.substring(at + 7, alertLine.indexOf(')', at)));
        String since = alertLine.substring(alertLine.indexOf(" since ") + 7, at - 1);
        long due = Instant.parse(since).toEpochMilli() + (frame - first) * 100;
        long wait = due - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
