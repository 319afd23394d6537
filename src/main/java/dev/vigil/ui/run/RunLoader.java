package dev.vigil.ui.run;

import dev.vigil.detector.DetectorKind;
import dev.vigil.evaluation.ScoreTable;
import dev.vigil.experiment.config.ExperimentSettings;
import dev.vigil.experiment.run.RunContents;
import dev.vigil.experiment.run.RunFolder;
import dev.vigil.experiment.run.RunReport;
import dev.vigil.ui.results.DetectorResults;
import dev.vigil.ui.results.RunResults;
import dev.vigil.ui.results.RunUiState;
import dev.vigil.ui.results.StartThreshold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a run folder for the workbench (through {@link RunFolder#read()}) and prepares its results for the screens,
 * off the UI thread: nothing is retrained or rescored.
 */
public final class RunLoader {

    private RunLoader() {
    }

    /**
     * A run as the workbench shows it.
     *
     * @param dir         the run folder
     * @param contents    what the folder holds
     * @param results     the results of every detector, or null while the run has no scores
     * @param datasetRoot the folder its clip paths resolve against
     * @param problem     why the workbench's own state of the run could not be read, or null
     */
    public record LoadedRun(Path dir, RunContents contents, RunResults results, RunUiState state, Path datasetRoot,
                            String problem) {
    }

    public static LoadedRun load(Path dir) throws IOException {
        RunContents contents = RunFolder.open(dir).read();
        Path root = datasetRoot(contents.config().settings(), dir);
        RunUiState state = RunUiState.empty();
        String problem = null;
        try {
            state = RunUiState.read(dir);
        } catch (IOException e) {
            problem = e.getMessage() + " (the run's own choices are shown)";
        }
        RunResults results = contents.scores().isPresent()
                ? results(contents.name(), dir, contents.scores().get(), contents.report(), state, root) : null;
        return new LoadedRun(dir, contents, results, state, root, problem);
    }

    static RunResults results(String title, Path dir, ScoreTable table, Optional<RunReport> report, RunUiState state,
                              Path root) {
        Map<String, RunReport.DetectorReport> reports = report.map(r -> r.detectors().stream().collect(
                Collectors.toMap(RunReport.DetectorReport::detector, Function.identity(), (a, b) -> a)))
                .orElse(Map.of());
        List<DetectorResults> detectors = new ArrayList<>();
        for (String id : table.detectors()) {
            RunReport.DetectorReport r = reports.get(id);
            String name = r != null ? r.name() : nameOf(id);
            Optional<StartThreshold> start = r == null || !Double.isFinite(r.threshold().value()) ? Optional.empty()
                    : Optional.of(new StartThreshold(r.threshold().value(), "The run's threshold ("
                    + r.threshold().method() + ": " + r.threshold().reason() + ")"));
            detectors.add(DetectorResults.of(table, id, name, root, start));
        }
        String preferred = state.detector() != null && table.has(state.detector()) ? state.detector()
                : table.has(DetectorKind.AUTOENCODER.id()) ? DetectorKind.AUTOENCODER.id()
                : table.detectors().isEmpty() ? null : table.detectors().get(0);
        return new RunResults(title, dir, detectors, preferred);
    }

    private static String nameOf(String id) {
        try {
            return DetectorKind.parse(id).title();
        } catch (IllegalArgumentException e) {
            return id;
        }
    }

    /**
     * The folder the run's clip paths are relative to: the config's manifest folder, else its dataset path; a
     * relative one is tried against the working folder and then against the folders above the run.
     */
    static Path datasetRoot(ExperimentSettings settings, Path runDir) {
        String named = settings.manifest().map(m -> {
            Path parent = Path.of(m).getParent();
            return parent == null ? "." : parent.toString();
        }).orElse(settings.datasetPath());
        Path path = Path.of(named);
        if (path.isAbsolute()) {
            return path.normalize();
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(path.toAbsolutePath());
        for (Path above = runDir.toAbsolutePath().getParent(); above != null; above = above.getParent()) {
            candidates.add(above.resolve(path));
        }
        return candidates.stream().filter(Files::isDirectory).findFirst().orElse(candidates.get(0)).normalize();
    }
}
