package dev.vigil.dataset;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PreparationConfigTest {

    @Test
    void defaultsAreTheReferenceSplitWithAFixedSeedAndNoBalancing() {
        PreparationConfig config = PreparationConfig.defaults();
        assertEquals(new SplitFractions(0.5, 0.1, 0.4), config.split());
        assertEquals(42, config.seed());
        assertEquals(1.0, config.minDurationSeconds());
        assertEquals(0, config.balanceTrain());
        assertEquals(0, config.balanceVal());
        assertEquals(List.of(), config.grouping());
        assertEquals(List.of(), config.anomalousClasses());

        PreparationConfig reference = PreparationConfig.reference();
        assertEquals(200, reference.balance(Split.TRAIN));
        assertEquals(10, reference.balance(Split.VAL));
        assertEquals(List.of("Lifting", "Skateboarding-Front", "Walk-Front"), reference.anomalousClasses());
        assertEquals("Golf-Swing", GroupingRule.group(reference.grouping(), "Golf-Swing-Side"));
        assertEquals(reference, reference.toBuilder().build());
    }

    @Test
    void everyWrongValueIsNamedWithWhatIsAllowed() {
        PreparationConfig.Builder builder = PreparationConfig.builder()
                .optSplit(0.5, 0.1, 0.5)
                .optMinDurationSeconds(-1)
                .optBalanceTrain(-3)
                .optBalanceVal(1_000_000)
                .optAnomalousClasses(List.of(" "));
        assertEquals(List.of(
                "anomalous classes: a class name is empty",
                "min duration -1.0 s: must be a number of seconds, 0 or more",
                "split fractions 0.5,0.1,0.5 add up to 1.1; they must add up to 1",
                "balance train -3: must be 0 (off) or a number of views per class up to 100000",
                "balance val 1000000: must be 0 (off) or a number of views per class up to 100000"),
                builder.problems());
        InvalidConfigException e = assertThrows(InvalidConfigException.class, builder::build);
        assertEquals(builder.problems(), e.problems());

        assertEquals(List.of("train fraction -0.2 is outside [0, 1]", "test fraction 1.2 is outside [0, 1]"),
                new SplitFractions(-0.2, 0, 1.2).problems());
        assertEquals(List.of("val fraction NaN is outside [0, 1]"), new SplitFractions(0.5, Double.NaN, 0.5).problems());
        assertEquals(List.of(), new SplitFractions(0.7, 0.2, 0.1).problems(), "0.7 + 0.2 + 0.1 is 1 despite floats");
    }

    @Test
    void parsesTheSplitAsTheCommandLineWritesIt() {
        assertEquals(new SplitFractions(0.6, 0.2, 0.2), SplitFractions.parse("0.6, 0.2,0.2"));
        assertEquals("split '0.5,0.5': expected three fractions train,val,test, e.g. 0.5,0.1,0.4",
                assertThrows(InvalidConfigException.class, () -> SplitFractions.parse("0.5,0.5")).getMessage());
        assertEquals("split '0.5,half,0.4': 'half' is not a number (expected three fractions train,val,test, e.g."
                        + " 0.5,0.1,0.4)",
                assertThrows(InvalidConfigException.class, () -> SplitFractions.parse("0.5,half,0.4")).getMessage());
    }

    @Test
    void anomalousClassesMustBeClassesOfTheDatasetAfterGrouping() {
        Path root = Path.of("/data").toAbsolutePath();
        List<SourceClip> clips = List.of(new SourceClip(root.resolve("Golf-Swing-Back/a.mp4"), "Golf-Swing-Back/a.mp4",
                        "Golf-Swing-Back"),
                new SourceClip(root.resolve("Run/b.mp4"), "Run/b.mp4", "Run"));
        SourceDataset source = new SourceDataset(root, root, SourceDataset.Kind.FOLDER, clips, List.of(), List.of(),
                List.of());
        PreparationConfig config = PreparationConfig.builder()
                .addGrouping(GroupingRule.parse("Golf-Swing-*=Golf-Swing"))
                .optAnomalousClasses(List.of("Golf-Swing-Back", "Swim", "Run"))
                .build();
        assertEquals(List.of(
                "anomalous class 'Golf-Swing-Back' is grouped into 'Golf-Swing'; name the grouped class",
                "anomalous class 'Swim' is not a class of this dataset (classes: Golf-Swing, Run)"),
                DatasetPreparer.problems(source, config));
        InvalidConfigException e = assertThrows(InvalidConfigException.class,
                () -> DatasetPreparer.plan(source, List.of(), config));
        assertEquals(DatasetPreparer.problems(source, config), e.problems());
    }
}
