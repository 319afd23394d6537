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
import java.util.ArrayList;
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
        List<String> command = new ArrayList<>(withCtrlCHeard());
        command.addAll(List.of(java, "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                "dev.vigil.Launcher", "watch", video.toString(), "--realtime", "--bundle", bundle.toString(), "--out",
                out.toString(), "--pre", "1s", "--post", "1s"));
        Process process = new ProcessBuilder(command).redirectError(dir.resolve("stderr.txt").toFile()).start();
        int alerts = 0;
        StringBuilder printed = new StringBuilder();
        try (BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = stdout.readLine()) != null) {
                printed.append(line).append('\n');
                if (line.contains(" ALERT event ")) {
                    alerts++;
                    // an event of the racing object: it is open when the signal comes
                    if (lineFrame(line) >= 30) {
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
     * A prefix that lets the watch hear SIGINT. A shell starts a background command with SIGINT ignored, the
     * ignoring is inherited (by Maven, the test and the watch when the tests run in the background), and Java then
     * leaves SIGINT alone; GNU env resets it to its default before it starts the watch.
     */
    private static List<String> withCtrlCHeard() throws Exception {
        Process probe = new ProcessBuilder("env", "--default-signal=INT", "true").start();
        boolean gnuEnv = probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        return gnuEnv ? List.of("env", "--default-signal=INT") : List.of();
    }

    /** The frame an alert line says its segment started at: "(frame N)". */
    private static long lineFrame(String line) {
        int at = line.indexOf("(frame ");
        return Long.parseLong(line.substring(at + 7, line.indexOf(')', at)));
    }
}
