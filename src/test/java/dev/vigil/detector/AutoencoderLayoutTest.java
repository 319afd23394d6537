package dev.vigil.detector;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutoencoderLayoutTest {

    @Test
    void countsBatchNormAndMirroredLinearLayers() {
        // 768 -> 512 -> 256 -> 128 -> 256 -> 512 -> 768, the TimeSformer layout of the reference
        AutoencoderLayout layout = new AutoencoderLayout(768, List.of(512, 256, 128), 0.3);
        long batchNorm = 2 * 768;
        long encoder = (768 * 512 + 512) + (512 * 256 + 256) + (256 * 128 + 128);
        long decoder = (128 * 256 + 256) + (256 * 512 + 512) + (512 * 768 + 768);
        assertEquals(batchNorm + encoder + decoder, layout.parameterCount());
        assertEquals(128, layout.latentSize());
    }

    @Test
    void smallestLayoutByHand() {
        // BN(2): 4; Linear 2->1: 3; Linear 1->2: 4
        assertEquals(11, new AutoencoderLayout(2, List.of(1), 0).parameterCount());
    }

    @Test
    void rejectsBadValuesNamingThem() {
        var noLayers = assertThrows(IllegalArgumentException.class, () -> new AutoencoderLayout(512, List.of(), 0.3));
        assertTrue(noLayers.getMessage().contains("at least one layer"));
        var zero = assertThrows(IllegalArgumentException.class, () -> new AutoencoderLayout(512, List.of(256, 0), 0.3));
        assertTrue(zero.getMessage().contains("layer 2"), zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AutoencoderLayout(512, List.of(256), 1.0));
        assertThrows(IllegalArgumentException.class, () -> new AutoencoderLayout(0, List.of(256), 0.3));
    }
}
