package dev.vigil.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Takes the clips of an existing {@code manifest.csv} as the input of a preparation. Each file counts once, in the
 * order of its first row: augmented view rows (view &gt; 0) are set aside because preparation numbers its own
 * views, and a file listed again is reported once. The rows' splits are not kept (preparation splits anew); their
 * labels are remembered so that the classes a manifest marks as anomalies can be offered as the default.
 */
final class ManifestSource {

    private ManifestSource() {
    }

    static SourceDataset read(Path manifest) throws IOException {
        Path input = manifest.toAbsolutePath().normalize();
        Dataset dataset = Manifest.read(input);
        Path root = dataset.root();
        Map<String, Clip> firstRows = new LinkedHashMap<>();
        Map<String, Integer> repeats = new LinkedHashMap<>();
        TreeSet<String> anomalous = new TreeSet<>();
        int viewRows = 0;
        for (Clip clip : dataset.clips()) {
            if (clip.view() > 0) {
                viewRows++;
                continue;
            }
            if (firstRows.putIfAbsent(clip.path(), clip) != null) {
                repeats.merge(clip.path(), 1, Integer::sum);
            } else if (clip.isAnomaly()) {
                anomalous.add(clip.className());
            }
        }
        List<SourceClip> clips = new ArrayList<>();
        for (Clip clip : firstRows.values()) {
            clips.add(new SourceClip(root.resolve(clip.path()).normalize(), clip.path(), clip.className()));
        }
        List<FileProblem> skipped = new ArrayList<>();
        repeats.forEach((path, times) -> skipped.add(new FileProblem(path,
                "listed " + (times + 1) + " times in the manifest; the first row counts")));
        List<String> notes = new ArrayList<>();
        if (viewRows > 0) {
            notes.add("set aside " + viewRows + " augmented view row(s) of the input manifest; preparation numbers"
                    + " its own views");
        }
        return new SourceDataset(input, root, SourceDataset.Kind.MANIFEST, clips, skipped, List.copyOf(anomalous),
                notes);
    }
}
