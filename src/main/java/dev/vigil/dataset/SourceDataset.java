package dev.vigil.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What an import found: the candidate clips in a fixed order, and what it had to skip.
 *
 * @param input              the folder or manifest the user chose, absolute
 * @param root               the folder clip paths are relative to: the dataset folder, or the manifest's folder
 * @param kind               whether the input was a folder or a manifest
 * @param clips              candidate clips, sorted by path for a folder, in row order for a manifest
 * @param skipped            what could not be taken as a clip, each once
 * @param labelledAnomalous  source classes that a manifest labels as anomalies (label 1), sorted; empty for a folder
 * @param notes              remarks that are not about one file (e.g. augmented view rows that were set aside)
 */
public record SourceDataset(Path input, Path root, Kind kind, List<SourceClip> clips, List<FileProblem> skipped,
                            List<String> labelledAnomalous, List<String> notes) {

    /** How the clips were found. */
    public enum Kind {
        FOLDER, MANIFEST;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public SourceDataset {
        clips = List.copyOf(clips);
        skipped = List.copyOf(skipped);
        labelledAnomalous = List.copyOf(new TreeSet<>(labelledAnomalous));
        notes = List.copyOf(notes);
    }

    /** The class names as found, before grouping, sorted. */
    public SortedSet<String> sourceClasses() {
        TreeSet<String> names = new TreeSet<>();
        clips.forEach(c -> names.add(c.sourceClass()));
        return names;
    }
}
