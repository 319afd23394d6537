package dev.vigil.dataset;

import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Preparation of a small UCF-Sports-like folder of real clips, the way the reference prepared UCF Sports. */
class DatasetPreparerTest {

    @TempDir
    Path dir;
    private Path data;

    @BeforeEach
    void writeDataset() throws IOException {
        data = dir.resolve("sports");
        Path twoSeconds = DatasetFixtures.clip(dir.resolve("long.mp4"), 20);
        Path halfSecond = DatasetFixtures.clip(dir.resolve("short.mp4"), 5);
        Map<String, Integer> clips = Map.of("Golf-Swing-Back", 3, "Golf-Swing-Front", 3, "Golf-Swing-Side", 2,
                "Kicking-Front", 4, "Kicking-Side", 2, "Run", 4, "Walk-Front", 2);
        for (Map.Entry<String, Integer> entry : clips.entrySet()) {
            for (int i = 0; i < entry.getValue(); i++) {
                DatasetFixtures.copy(twoSeconds, data.resolve(entry.getKey()).resolve("c" + i + ".mp4"));
            }
        }
        DatasetFixtures.copy(halfSecond, data.resolve("Run/short.mp4"));
        DatasetFixtures.copy(halfSecond, data.resolve("Walk-Front/short.mp4"));
    }

    private static PreparationConfig.Builder sports() {
        return PreparationConfig.builder()
                .addGrouping(GroupingRule.parse("Golf-Swing-*=Golf-Swing"))
                .addGrouping(GroupingRule.parse("Kicking-*=Kicking"))
                .optAnomalousClasses(List.of("Walk-Front"));
    }

    private Preparation prepare(Path input, PreparationConfig config) throws IOException {
        return DatasetPreparer.prepare(DatasetImport.open(input), config, new ClipProber(), ProgressListener.NONE,
                CancellationToken.none());
    }

    @Test
    void groupsClassesDropsShortClipsSplitsNormalClassesAndPutsAnomalousClassesInTheAnomalySplit() throws IOException {
        Preparation preparation = prepare(data, sports().build());

        Map<String, ClassSummary> classes = preparation.classes().stream()
                .collect(Collectors.toMap(ClassSummary::className, c -> c, (a, b) -> a, TreeMap::new));
        assertEquals(List.of("Golf-Swing", "Kicking", "Run", "Walk-Front"), List.copyOf(classes.keySet()));
        assertEquals(List.of("Golf-Swing-Back", "Golf-Swing-Front", "Golf-Swing-Side"),
                classes.get("Golf-Swing").sourceClasses());
        // 8, 6 and 4 clips at 50/10/40 (see SplitAllocator): 4/1/3, 3/1/2, 2/1/1.
        assertSplit(classes.get("Golf-Swing"), 4, 1, 3, 0);
        assertSplit(classes.get("Kicking"), 3, 1, 2, 0);
        assertSplit(classes.get("Run"), 2, 1, 1, 0);
        assertSplit(classes.get("Walk-Front"), 0, 0, 0, 2);
        assertTrue(classes.get("Walk-Front").anomalous());
        assertEquals(5, classes.get("Run").found());
        assertEquals(1, classes.get("Run").dropped());

        assertEquals(List.of(
                new FileProblem("Run/short.mp4", "too short: 0.50 s (5 frames), the minimum is 1 s"),
                new FileProblem("Walk-Front/short.mp4", "too short: 0.50 s (5 frames), the minimum is 1 s")),
                preparation.problems());
        for (Clip clip : preparation.manifest()) {
            assertEquals(clip.className().equals("Walk-Front") ? 1 : 0, clip.label(), clip.toString());
            assertEquals(clip.className().equals("Walk-Front"), clip.split() == Split.ANOMALY, clip.toString());
            assertEquals(0, clip.view());
        }
        assertEquals(20, preparation.manifest().size());
        ClipOutcome first = preparation.clips().get(0);
        assertEquals("Golf-Swing-Back/c0.mp4", first.path());
        assertEquals("64×48", first.resolution());
        assertEquals(2.0, first.durationSeconds(), 1e-6);

        Preparation keepShort = prepare(data, sports().optMinDurationSeconds(0.4).build());
        assertEquals(22, keepShort.keptCount());
        assertEquals(List.of(), keepShort.problems());
    }

    @Test
    void balancesTrainAndValToTheViewsPerClassWithEvenlySpreadAugmentedViews() throws IOException {
        Preparation preparation = prepare(data, sports().optBalanceTrain(10).optBalanceVal(3).build());

        for (ClassSummary summary : preparation.classes()) {
            if (summary.anomalous()) {
                assertEquals(2, summary.views(Split.ANOMALY), "anomalies are not balanced");
                continue;
            }
            assertEquals(10, summary.views(Split.TRAIN), summary.className());
            assertEquals(3, summary.views(Split.VAL), summary.className());
            assertEquals(summary.clips(Split.TEST), summary.views(Split.TEST), "test is not balanced");
        }
        assertEquals(30, preparation.rows(Split.TRAIN));
        assertEquals(9, preparation.rows(Split.VAL));

        Map<String, List<Integer>> viewsOfClip = new TreeMap<>();
        preparation.manifest().forEach(c -> viewsOfClip.computeIfAbsent(c.path(), k -> new java.util.ArrayList<>())
                .add(c.view()));
        viewsOfClip.values().forEach(views -> assertEquals(java.util.stream.IntStream.range(0, views.size()).boxed()
                .toList(), views, "views of a clip are numbered 0, 1, 2, ... in order"));
        // Golf-Swing has 4 train clips: 6 augmented views spread 2, 2, 1, 1.
        List<Integer> golfTrain = preparation.clips().stream()
                .filter(c -> c.className().equals("Golf-Swing") && c.split() == Split.TRAIN)
                .map(ClipOutcome::augmentedViews).sorted().toList();
        assertEquals(List.of(1, 1, 2, 2), golfTrain);
    }

    @Test
    void notesWhatBalancingAndSmallClassesCannotDo() throws IOException {
        DatasetFixtures.copy(data.resolve("Run/c0.mp4"), data.resolve("Solo/only.mp4"));
        Preparation preparation = prepare(data, sports().optBalanceTrain(3).optBalanceVal(2).build());

        assertEquals(List.of(
                "class Golf-Swing: 4 train clips, more than the 3 views to balance to; all are kept, none is augmented",
                "class Solo: too few clips (1) for val and test; there is nothing to augment there"),
                preparation.notes());
        assertEquals(4, preparation.classes().get(0).views(Split.TRAIN), "balancing never removes clips");
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedAnotherSplit() throws IOException {
        PreparationConfig config = sports().optBalanceTrain(6).build();
        PreparationWriter.write(prepare(data, config), dir.resolve("out/first"), false);
        PreparationWriter.write(prepare(data, config), dir.resolve("out/second"), false);
        PreparationWriter.write(prepare(data, sports().optBalanceTrain(6).optSeed(7).build()),
                dir.resolve("out/seed7"), false);

        for (String name : List.of(Manifest.FILE_NAME, PreparationWriter.REPORT_JSON, PreparationWriter.REPORT_TEXT)) {
            byte[] first = Files.readAllBytes(dir.resolve("out/first").resolve(name));
            assertTrue(first.length > 100, name);
            assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(dir.resolve("out/second").resolve(name))),
                    name + " differs between two runs with the same seed");
        }
        Dataset seed42 = Manifest.read(dir.resolve("out/first/manifest.csv"));
        Dataset seed7 = Manifest.read(dir.resolve("out/seed7/manifest.csv"));
        assertFalse(seed42.split(Split.TRAIN).stream().map(Clip::path).collect(Collectors.toSet())
                .equals(seed7.split(Split.TRAIN).stream().map(Clip::path).collect(Collectors.toSet())),
                "seed 7 should put other clips in train than seed 42");
        assertEquals(seed42.clips().size(), seed7.clips().size(), "the counts do not depend on the seed");
    }

    @Test
    void manifestPathsLeadFromTheOutputFolderToTheClips() throws IOException {
        Preparation preparation = prepare(data, sports().build());
        Path out = dir.resolve("runs/deep/prepared");
        PreparationWriter.write(preparation, out, false);

        Dataset written = Manifest.read(out.resolve(Manifest.FILE_NAME));
        assertEquals(preparation.manifest().size(), written.clips().size());
        for (Clip clip : written.clips()) {
            assertTrue(clip.path().startsWith("../../../sports/"), clip.path());
            assertFalse(clip.path().contains("\\"), clip.path());
            assertTrue(Files.isRegularFile(written.resolve(clip)), clip.path());
        }
        String json = Files.readString(out.resolve(PreparationWriter.REPORT_JSON));
        assertTrue(json.contains("\"format\" : \"vigil-preparation\""), json);
        assertTrue(json.contains("\"reason\" : \"too short: 0.50 s (5 frames), the minimum is 1 s\""), json);
        String text = Files.readString(out.resolve(PreparationWriter.REPORT_TEXT));
        assertTrue(text.contains("Golf-Swing  normal"), text);
        assertTrue(text.contains("  Run/short.mp4: too short"), text);
    }

    @Test
    void preparesFromAManifestAndNeverOverwritesIt() throws IOException {
        Preparation fromFolder = prepare(data, sports().build());
        PreparationWriter.write(fromFolder, dir.resolve("first"), false);
        Path manifest = dir.resolve("first/manifest.csv");
        byte[] before = Files.readAllBytes(manifest);
        SourceDataset source = DatasetImport.open(manifest);
        assertEquals(List.of("Walk-Front"), DatasetPreparer.labelledAnomalous(source, List.of()));

        PreparationConfig config = PreparationConfig.builder().optAnomalousClasses(List.of("Walk-Front"))
                .optSplit(0.6, 0.2, 0.2).build();
        assertEquals(List.of("output " + dir.resolve("first") + ": would overwrite the input manifest "
                        + manifest.toAbsolutePath() + "; choose another output folder"),
                PreparationWriter.outputProblems(source, dir.resolve("first"), true));
        assertTrue(PreparationWriter.outputProblems(source, dir.resolve("first/again"), false).get(0)
                .contains("is inside the dataset folder"));

        Preparation again = DatasetPreparer.prepare(source, config, new ClipProber(1), ProgressListener.NONE,
                CancellationToken.none());
        PreparationWriter.write(again, dir.resolve("second"), false);
        Dataset written = Manifest.read(dir.resolve("second/manifest.csv"));
        assertEquals(20, written.clips().size());
        written.clips().forEach(c -> assertTrue(Files.isRegularFile(written.resolve(c)), c.path()));
        assertTrue(written.clips().stream().allMatch(c -> c.path().startsWith("../sports/")));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(manifest)), "the input manifest changed");
    }

    @Test
    void refusesToWriteIntoTheDatasetFolderUnlessAsked() throws IOException {
        Preparation preparation = prepare(data, sports().build());
        InvalidConfigException refused = org.junit.jupiter.api.Assertions.assertThrows(InvalidConfigException.class,
                () -> PreparationWriter.write(preparation, data.resolve("prepared"), false));
        assertTrue(refused.getMessage().contains("is inside the dataset folder"), refused.getMessage());
        assertFalse(Files.exists(data.resolve("prepared")), "nothing may be written when refused");

        PreparationWriter.write(preparation, data.resolve("prepared"), true);
        Dataset written = Manifest.read(data.resolve("prepared/manifest.csv"));
        assertTrue(written.clips().stream().allMatch(c -> c.path().startsWith("../")));
    }

    private static void assertSplit(ClassSummary summary, int train, int val, int test, int anomaly) {
        assertEquals(List.of(train, val, test, anomaly), List.of(summary.clips(Split.TRAIN), summary.clips(Split.VAL),
                summary.clips(Split.TEST), summary.clips(Split.ANOMALY)), summary.className());
    }
}
