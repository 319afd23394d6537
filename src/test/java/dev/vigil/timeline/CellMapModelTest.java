package dev.vigil.timeline;

import dev.vigil.backbone.CellGrid;
import dev.vigil.backbone.SceneDescriptor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saving each place's normal: a model read back makes the same maps, and a damaged file is refused. */
class CellMapModelTest {

    private static final CellGrid GRID = SceneDescriptor.GRID;

    private static float[][] embeddings(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] rows = new float[count][GRID.size()];
        for (float[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                row[i] = (float) random.nextDouble();
            }
        }
        return rows;
    }

    private static byte[] saved(CellMapModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }

    @Test
    void aModelReadBackMakesTheSameMaps() throws IOException {
        CellMapModel model = CellMapModel.fit(GRID, embeddings(40, 1));
        CellMapModel back = CellMapModel.read(new ByteArrayInputStream(saved(model)));
        assertEquals(GRID, back.grid());
        assertEquals(model.columns(), back.columns());
        assertEquals(model.rows(), back.rows());
        for (float[] window : embeddings(10, 2)) {
            assertArrayEquals(model.map(window), back.map(window), 0f);
        }
    }

    @Test
    void aDamagedOrForeignFileIsRefusedWithTheReason() throws IOException {
        byte[] bytes = saved(CellMapModel.fit(GRID, embeddings(5, 3)));
        IOException cut = assertThrows(IOException.class,
                () -> CellMapModel.read(new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length / 2))));
        assertTrue(cut.getMessage().contains("ends too soon"), cut.getMessage());
        IOException foreign = assertThrows(IOException.class,
                () -> CellMapModel.read(new ByteArrayInputStream("hello, not a model".getBytes())));
        assertTrue(foreign.getMessage().contains("not a saved anomaly-map model"), foreign.getMessage());
    }
}
