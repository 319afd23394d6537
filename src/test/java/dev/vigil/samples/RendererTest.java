package dev.vigil.samples;

import dev.vigil.video.H264Writer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RendererTest {

    @TempDir
    Path dir;

    @Test
    void aFrameDependsOnlyOnItsNumberNotOnWhatWasPaintedBefore() {
        ClipSpec spec = ClipSpec.random(Activity.SKIP, 99, 160, 120, 3);
        ActivityRenderer first = ActivityRenderer.of(spec, 160, 120, 25);
        ActivityRenderer second = ActivityRenderer.of(spec, 160, 120, 25);
        byte[] a = new byte[160 * 120 * 3];
        byte[] b = new byte[160 * 120 * 3];
        first.paint(40, a);
        second.paint(3, b);
        second.paint(70, b);
        second.paint(40, b);
        assertArrayEquals(a, b);
        second.paint(41, b);
        assertFalse(java.util.Arrays.equals(a, b), "consecutive frames of a skip are identical");
    }

    @Test
    void theFigureIsPaintedWhereItsPlacementSays() {
        SceneLook look = new SceneLook(3, new FigureStyle(0xE0AC86, 0x1E1914, 0xFF0000, 0x0000FF, 0x000000, false,
                false), CameraStyle.clean());
        SceneRenderer scene = new SceneRenderer(look, 200, 150, 25);
        byte[] empty = new byte[200 * 150 * 3];
        byte[] figure = new byte[200 * 150 * 3];
        Pose standing = Activity.WAVE.pose(0, Performance.typical());
        scene.paint(0, standing, new Placement(-1000, 140, 100, 1), empty);
        scene.paint(0, standing, new Placement(60, 140, 100, 1), figure);
        int left = 200;
        int right = -1;
        int top = 150;
        for (int y = 0; y < 150; y++) {
            for (int x = 0; x < 200; x++) {
                int i = (y * 200 + x) * 3;
                if (Math.abs((figure[i] & 0xff) - (empty[i] & 0xff)) + Math.abs((figure[i + 2] & 0xff)
                        - (empty[i + 2] & 0xff)) > 60) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                }
            }
        }
        assertTrue(left > 10 && left < 50 && right > 70 && right < 110,
                "figure spans x " + left + ".." + right + ", expected around 60");
        assertTrue(top > 20 && top < 60, "head top at row " + top + " for a 100 px figure on row 140");
    }

    @Test
    void anUnfinishedRecordingLeavesNothingBehind() throws Exception {
        Path file = dir.resolve("clip.mp4");
        try (H264Writer writer = H264Writer.create(file, 64, 48, 10, 50_000)) {
            writer.write(new byte[64 * 48 * 3]);
            writer.write(new byte[64 * 48 * 3]);
            assertEquals(2, writer.frames());
            assertThrows(IllegalArgumentException.class, () -> writer.write(new byte[10]));
        }
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
        IllegalArgumentException odd = assertThrows(IllegalArgumentException.class,
                () -> H264Writer.create(file, 63, 48, 10, 50_000));
        assertTrue(odd.getMessage().contains("even frame size"), odd.getMessage());
    }
}
