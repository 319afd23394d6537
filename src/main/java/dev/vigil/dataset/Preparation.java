package dev.vigil.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The result of preparing a dataset: what happened to every candidate clip, the counts per class and split, and
 * the manifest rows. Nothing here is written yet; {@link PreparationWriter} does that.
 *
 * @param source   what the import found
 * @param config   the settings used
 * @param clips    one outcome per candidate clip, in the import's order
 * @param classes  counts per class (after grouping), sorted by class name
 * @param manifest the manifest rows, paths relative to {@code source.root()}: by split (train, val, test,
 *                 anomaly), then class, path and view
 * @param notes    remarks about the dataset as a whole (a class without val clips, a class left empty, ...)
 */
public record Preparation(SourceDataset source, PreparationConfig config, List<ClipOutcome> clips,
                          List<ClassSummary> classes, List<Clip> manifest, List<String> notes) {

    public Preparation {
        clips = List.copyOf(clips);
        classes = List.copyOf(classes);
        manifest = List.copyOf(manifest);
        notes = List.copyOf(notes);
    }

    /** The prepared clips as a dataset rooted where the source clip paths are relative to. */
    public Dataset dataset() {
        return new Dataset(source.root(), manifest);
    }

    /** Every file that did not make it, with the reason, each once, sorted by path. */
    public List<FileProblem> problems() {
        List<FileProblem> problems = new ArrayList<>(source.skipped());
        clips.stream().filter(c -> !c.kept()).forEach(c -> problems.add(new FileProblem(c.path(), c.reason())));
        problems.sort(Comparator.comparing(FileProblem::path));
        return problems;
    }

    public int keptCount() {
        return (int) clips.stream().filter(ClipOutcome::kept).count();
    }

    public int droppedCount() {
        return clips.size() - keptCount();
    }

    /** Manifest rows of one split, augmented views included. */
    public int rows(Split split) {
        return (int) manifest.stream().filter(c -> c.split() == split).count();
    }

    /** True when at least one clip was kept: there is something to write and to work with. */
    public boolean usable() {
        return !manifest.isEmpty();
    }
}
