package dev.vigil.timeline;

import dev.vigil.backbone.CellGrid;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What detectors see of an embedding: all of it, or for a backbone laid out on cells only its coarser levels
 * ({@link CellGrid#rankingSize()}); the finest cells go to the anomaly maps.
 */
public final class RankingPart {

    private RankingPart() {
    }

    public static float[] of(Optional<CellGrid> grid, float[] embedding) {
        return grid.isEmpty() ? embedding : Arrays.copyOf(embedding, grid.get().rankingSize());
    }

    static float[][] of(Optional<CellGrid> grid, List<float[]> embeddings) {
        return embeddings.stream().map(e -> of(grid, e)).toArray(float[][]::new);
    }
}
