package dev.vigil.cli;

import dev.vigil.progress.Progress;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressLineTest {

    private static Progress at(long done) {
        return new Progress("Probing", done, 100, 0, -1, "");
    }

    @Test
    void inALogEachUpdateIsAPlainLineAndTheLastIsAlwaysWritten() {
        StringWriter text = new StringWriter();
        ProgressLine progress = new ProgressLine(new PrintWriter(text), false, Long.MAX_VALUE);
        for (int done = 1; done <= 100; done++) {
            progress.onProgress(at(done));
        }
        progress.finish();
        assertFalse(text.toString().contains("\r"), "no carriage return in a log");
        assertEquals(List.of("Probing 1/100", "Probing 100/100"), text.toString().lines().toList(),
                "the first update, then nothing until the interval passes, and the last");
    }

    @Test
    void inALogUpdatesComeAtTheInterval() throws Exception {
        StringWriter text = new StringWriter();
        ProgressLine progress = new ProgressLine(new PrintWriter(text), false, 20_000_000L);
        for (int done = 1; done <= 100; done++) {
            progress.onProgress(at(done));
            Thread.sleep(1);
        }
        List<String> lines = text.toString().lines().toList();
        assertTrue(lines.size() > 2 && lines.size() < 100, "periodic lines: " + lines);
        assertEquals("Probing 100/100", lines.get(lines.size() - 1));
    }

    @Test
    void onATerminalTheLineIsRewrittenInPlace() {
        StringWriter text = new StringWriter();
        ProgressLine progress = new ProgressLine(new PrintWriter(text), true, 0);
        progress.onProgress(at(1));
        progress.onProgress(at(100));
        progress.finish();
        assertEquals("\rProbing 1/100\rProbing 100/100" + System.lineSeparator(), text.toString());
    }
}
