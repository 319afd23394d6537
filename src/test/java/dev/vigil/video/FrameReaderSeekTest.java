package dev.vigil.video;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class FrameReaderSeekTest {

    @TempDir
    Path dir;

    @Test
    void seeksBackAndForthToTheExactFrame() throws Exception {
        for (String name : new String[] {"code.mp4", "code.avi"}) {
            Path clip = TestVideos.write(dir.resolve(name), 160, 64, 60, 25, false, TestVideos.frameIndexCode(6));
            try (FrameReader reader = FrameReader.open(clip, 80, 32)) {
                RgbFrames frame = RgbFrames.allocate(1, 32, 80);
                // far back, far ahead (past key frames), a little ahead (skip path), and the last frame
                for (int target : new int[] {30, 5, 0, 47, 50, 13, 12, 59}) {
                    reader.seek(target);
                    assertEquals(target, reader.position());
                    reader.read(frame.data(), 0);
                    assertEquals(target, TestVideos.readFrameIndex(frame, 0, 6), name + " frame " + target);
                    assertEquals(target + 1, reader.position());
                }
                assertFalse(reader.read(frame.data(), 0), "nothing after the last frame");
            }
        }
    }
}
