package dev.vigil.experiment.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.vigil.backbone.ModelCard;
import dev.vigil.backbone.ModelCards;
import dev.vigil.detector.Detector;
import dev.vigil.detector.Detectors;
import dev.vigil.evaluation.ScoreTable;
import dev.vigil.experiment.config.ExperimentConfig;
import dev.vigil.experiment.config.RunName;
import dev.vigil.io.AtomicFiles;
import dev.vigil.training.CheckpointStore;
import dev.vigil.training.EpochRecord;
import dev.vigil.training.TrainingListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code runs/<name>/}: {@code config.json}, {@code history.csv}, {@code scores.csv}, {@code report.json} and
 * {@code checkpoints/}, plus what a detector bundle is made from: {@code backbone.json} (the backbone's model card),
 * {@code detectors/<id>.bin} (each fitted detector) and, after fine-tuning, {@code backbone-tuned.bin} (the
 * backbone's trained parameters). Every file is written atomically (a reader sees the old file or the new one, never half of
 * one), and {@code report.json} is written last, so a run folder without it is a run still going or stopped early.
 */
public final class RunFolder {

    public static final String CONFIG = "config.json";
    public static final String HISTORY = "history.csv";
    public static final String SCORES = ScoreTable.FILE_NAME;
    public static final String REPORT = "report.json";
    public static final String CHECKPOINTS = "checkpoints";
    public static final String BACKBONE = "backbone.json";
    public static final String DETECTORS = "detectors";
    public static final String TUNED_BACKBONE = "backbone-tuned.bin";

    static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path dir;

    private RunFolder(Path dir) {
        this.dir = dir;
    }

    /**
     * Creates a new, empty run folder.
     *
     * @throws IOException when the name is not a plain folder name, or the folder exists and is not empty
     */
    public static RunFolder create(Path runsDir, String name) throws IOException {
        String problem = RunName.problem(name);
        if (problem != null) {
            throw new IOException("run name '" + name + "': " + problem);
        }
        Path dir = runsDir.resolve(name.trim());
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException("run folder " + dir + " already exists; choose another name or resume it");
                }
            }
        }
        Files.createDirectories(dir);
        return new RunFolder(dir);
    }

    /** An existing run folder, to resume or to read. */
    public static RunFolder open(Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve(CONFIG))) {
            throw new IOException("run folder " + dir + ": no " + CONFIG + " (not a Vigil run)");
        }
        return new RunFolder(dir);
    }

    /** {@code base}, or {@code base-2}, {@code base-3} … whichever does not exist yet under {@code runsDir}. */
    public static String freeName(Path runsDir, String base) {
        String name = base;
        for (int i = 2; Files.exists(runsDir.resolve(name)); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    /** Run folders (those with a config) under {@code runsDir}, newest first. */
    public static List<Path> list(Path runsDir) throws IOException {
        if (!Files.isDirectory(runsDir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(runsDir)) {
            List<Path> runs = new ArrayList<>(entries.filter(p -> Files.isRegularFile(p.resolve(CONFIG))).toList());
            runs.sort((a, b) -> modified(b).compareTo(modified(a)));
            return runs;
        }
    }

    private static FileTime modified(Path run) {
        try {
            return Files.getLastModifiedTime(run.resolve(CONFIG));
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    public Path dir() {
        return dir;
    }

    public String name() {
        return dir.getFileName().toString();
    }

    public CheckpointStore checkpoints() {
        return new CheckpointStore(dir.resolve(CHECKPOINTS));
    }

    public void writeConfig(ExperimentConfig config) throws IOException {
        config.write(dir.resolve(CONFIG));
    }

    public void writeHistory(List<EpochRecord> history) throws IOException {
        HistoryCsv.write(dir.resolve(HISTORY), history);
    }

    public void writeScores(ScoreTable scores) throws IOException {
        scores.write(dir.resolve(SCORES));
    }

    public void writeReport(RunReport report) throws IOException {
        AtomicFiles.write(dir.resolve(REPORT), out -> JSON.writeValue(out, report));
    }

    /** Keeps the backbone's model card, from which a bundle learns how to embed new clips. */
    public void writeBackbone(ModelCard card) throws IOException {
        AtomicFiles.writeString(dir.resolve(BACKBONE), ModelCards.toJson(card) + "\n");
    }

    /** The backbone's model card, when the run kept one. */
    public Optional<ModelCard> readBackbone() throws IOException {
        Path file = dir.resolve(BACKBONE);
        return Files.isRegularFile(file) ? Optional.of(ModelCards.fromRecordedJson(Files.readString(file),
                file.toString())) : Optional.empty();
    }

    /** Saves a fitted detector as {@code detectors/<id>.bin}. */
    public void writeDetector(Detector detector) throws IOException {
        Files.createDirectories(dir.resolve(DETECTORS));
        Detectors.save(detector, detectorFile(detector.id()));
    }

    public Path detectorFile(String id) {
        return dir.resolve(DETECTORS).resolve(id + ".bin");
    }

    /**
     * Loads a fitted detector of the run; the caller closes it.
     *
     * @throws IOException naming the file when the run has no such detector or it cannot be read
     */
    public Detector readDetector(String id) throws IOException {
        Path file = detectorFile(id);
        if (!Files.isRegularFile(file)) {
            throw new IOException("run " + dir + ": no fitted detector '" + id + "' (" + dir.relativize(file)
                    + " is missing; runs made before detectors were kept must be trained again)");
        }
        return Detectors.load(file);
    }

    public Path tunedBackboneFile() {
        return dir.resolve(TUNED_BACKBONE);
    }

    /**
     * A listener that rewrites {@code history.csv} after every epoch, so the curve of a run in progress (or one
     * stopped) can be read back. A failed write stops the training with the reason.
     */
    public TrainingListener historyWriter() {
        return new TrainingListener() {
            private final List<EpochRecord> history = new ArrayList<>();

            @Override
            public void onStart(int epochs, int batchesPerEpoch, List<EpochRecord> done) {
                history.clear();
                history.addAll(done);
            }

            @Override
            public void onEpoch(EpochRecord record, boolean best) {
                history.add(record);
                try {
                    writeHistory(history);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** Reads back what the run has written so far; the UI shows an earlier run from this without retraining. */
    public RunContents read() throws IOException {
        ExperimentConfig config = ExperimentConfig.read(dir.resolve(CONFIG));
        Path history = dir.resolve(HISTORY);
        Path scores = dir.resolve(SCORES);
        Path report = dir.resolve(REPORT);
        RunReport parsed = null;
        if (Files.isRegularFile(report)) {
            try {
                parsed = JSON.readValue(report.toFile(), RunReport.class);
            } catch (IOException e) {
                throw new IOException("report " + report + ": " + e.getMessage(), e);
            }
        }
        return new RunContents(name(), config,
                Files.isRegularFile(history) ? HistoryCsv.read(history) : List.of(),
                Files.isRegularFile(scores) ? Optional.of(ScoreTable.read(scores)) : Optional.empty(),
                Optional.ofNullable(parsed), checkpoints().hasAny());
    }
}
