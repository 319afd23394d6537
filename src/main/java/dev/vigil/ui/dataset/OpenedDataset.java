package dev.vigil.ui.dataset;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Dataset;
import dev.vigil.dataset.DatasetImport;
import dev.vigil.dataset.Manifest;
import dev.vigil.dataset.SourceDataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What opening a dataset found: the import's clips, and the prepared dataset when a manifest gave splits.
 *
 * @param source   the clips as the import found them
 * @param prepared the manifest's dataset with its splits, or null for a folder not yet prepared
 */
record OpenedDataset(SourceDataset source, Dataset prepared) {

    /** A folder holding a manifest.csv opens that manifest; anything else opens as it is. */
    static Path input(Path path) {
        Path manifest = path.resolve(Manifest.FILE_NAME);
        return Files.isDirectory(path) && Files.isRegularFile(manifest) ? manifest : path;
    }

    /** Reads a dataset folder or a manifest; slow (lists and reads files), so off the UI thread. */
    static OpenedDataset read(Path input) throws IOException {
        SourceDataset found = DatasetImport.open(input);
        Dataset prepared = found.kind() == SourceDataset.Kind.MANIFEST ? Manifest.read(found.input()) : null;
        return new OpenedDataset(found, prepared);
    }

    /** One table row per clip found, with the manifest's split and label where it gives them. */
    List<ClipRow> rows() {
        Map<String, Clip> byPath = new HashMap<>();
        if (prepared != null) {
            prepared.clips().stream().filter(c -> c.view() == 0).forEach(c -> byPath.putIfAbsent(c.path(), c));
        }
        List<ClipRow> rows = new ArrayList<>();
        for (var clip : source.clips()) {
            Clip row = byPath.get(clip.path());
            rows.add(new ClipRow(clip, row == null ? null : row.split(), row != null && row.isAnomaly()));
        }
        return rows;
    }

    /** What the log says about the opening: each clip skipped with its reason, the import's notes, the totals. */
    List<String> logLines(int clips, int classes) {
        List<String> lines = new ArrayList<>();
        source.skipped().forEach(skipped -> lines.add("Skipped " + skipped.path() + ": " + skipped.reason()));
        lines.addAll(source.notes());
        lines.add("Opened " + source.input() + ": " + clips + " clips in " + classes + " classes");
        return lines;
    }
}
