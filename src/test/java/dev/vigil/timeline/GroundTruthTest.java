package dev.vigil.timeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ground truth as benchmarks publish it: 1-based inclusive frame ranges, names with or without extension. */
class GroundTruthTest {

    @TempDir
    Path dir;

    private GroundTruth read(String text) throws IOException {
        Path file = dir.resolve("gt.csv");
        Files.writeString(file, text);
        return GroundTruth.read(file);
    }

    @Test
    void rangesAreOneBasedAndIncludeBothEnds() throws IOException {
        GroundTruth truth = read("video,start_frame,end_frame\nTest001,3,5\n");
        assertEquals(List.of(new FrameRange(2, 4)), truth.eventsOf("Test001.avi"));
        assertArrayEquals(new boolean[] {false, false, true, true, true, false, false},
                GroundTruth.labels(truth.eventsOf("Test001.avi"), 7));
    }

    @Test
    void aVideoIsNamedWithOrWithoutItsExtensionOrByItsRelativePath() throws IOException {
        GroundTruth truth = read("a.mp4,1,2\nb,4,4\ncam2/c,1,1\n");
        assertEquals(List.of(new FrameRange(0, 1)), truth.eventsOf("a.mp4"));
        assertEquals(List.of(new FrameRange(3, 3)), truth.eventsOf("b.mp4"));
        assertEquals(List.of(new FrameRange(3, 3)), truth.eventsOf("night/b.mkv"));
        assertEquals(List.of(new FrameRange(0, 0)), truth.eventsOf("cam2/c.mp4"));
        assertTrue(truth.eventsOf("a.mkv").isEmpty(), "a.mp4 is not a.mkv");
        assertTrue(truth.eventsOf("d.mp4").isEmpty(), "a video without rows is normal");
        assertNull(truth.nameOf("d.mp4"));
    }

    @Test
    void severalRowsPerVideoAreSeveralEventsAndOverlappingOrTouchingRowsAreOne() throws IOException {
        GroundTruth truth = read("v,50,60\nv,10,20\nv,21,25\nv,55,70\nv,100,100\n");
        assertEquals(List.of(new FrameRange(9, 24), new FrameRange(49, 69), new FrameRange(99, 99)),
                truth.eventsOf("v"));
    }

    @Test
    void eventsPastTheLastFrameAreCut() {
        assertArrayEquals(new boolean[] {false, true, true}, GroundTruth.labels(List.of(new FrameRange(1, 9)), 3));
    }

    @Test
    void wrongRowsAreRefusedWithTheFileTheRowAndTheReason() {
        IOException e = assertThrows(IOException.class, () -> read("video,start_frame,end_frame\nv,0,3\n"));
        assertTrue(e.getMessage().contains("gt.csv row 2") && e.getMessage().contains("below 1"), e.getMessage());
        e = assertThrows(IOException.class, () -> read("v,9,3\n"));
        assertTrue(e.getMessage().contains("row 1") && e.getMessage().contains("before start_frame"), e.getMessage());
        e = assertThrows(IOException.class, () -> read("v,1,x\n"));
        assertTrue(e.getMessage().contains("'x' is not a whole number"), e.getMessage());
        e = assertThrows(IOException.class, () -> read("v,1\n"));
        assertTrue(e.getMessage().contains("expected 3 fields"), e.getMessage());
    }
}
