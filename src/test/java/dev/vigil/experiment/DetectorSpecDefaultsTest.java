package dev.vigil.experiment;

import dev.vigil.detector.DetectorSpec;
import dev.vigil.experiment.config.ExperimentConfig;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DetectorSpecDefaultsTest {

    @Test
    void timelinesBuildDetectorsAsTheDefaultConfigDoes() {
        assertEquals(ExperimentConfig.defaults().settings().detectorSpec(), DetectorSpec.defaults());
    }
}
