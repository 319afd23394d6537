package dev.vigil.experiment;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Dataset;
import dev.vigil.dataset.Manifest;
import dev.vigil.dataset.SampleLocator;
import dev.vigil.dataset.Split;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small manifests over the bundled samples (real clips), for end-to-end tests that must stay fast. */
public final class SampleSubset {

    private SampleSubset() {
    }

    /** The bundled samples' manifest. */
    public static Path samples() {
        return SampleLocator.manifest().orElseThrow(() -> new IllegalStateException("samples/manifest.csv is missing"));
    }

    /**
     * Writes {@code dir/manifest.csv} with, per normal class, the first {@code train}, {@code val} and {@code test}
     * clips of each split, and per anomalous class the first {@code anomalies} clips; paths are absolute.
     *
     * @param classes how many normal classes to keep (the first ones), or all when larger
     */
    public static Path write(Path dir, int classes, int train, int val, int test, int anomalies) throws IOException {
        Dataset all = Manifest.read(samples());
        Map<Split, Integer> wanted = Map.of(Split.TRAIN, train, Split.VAL, val, Split.TEST, test, Split.ANOMALY,
                anomalies);
        List<String> normal = all.clips().stream().filter(c -> !c.isAnomaly()).map(Clip::className).distinct()
                .limit(classes).toList();
        Map<String, Integer> taken = new HashMap<>();
        List<Clip> kept = new ArrayList<>();
        for (Clip clip : all.clips()) {
            if (!clip.isAnomaly() && !normal.contains(clip.className())) {
                continue;
            }
            String key = clip.className() + "/" + clip.split();
            if (taken.merge(key, 1, Integer::sum) <= wanted.get(clip.split())) {
                kept.add(new Clip(all.resolve(clip).toString(), clip.label(), clip.className(), clip.split()));
            }
        }
        Files.createDirectories(dir);
        Path manifest = dir.resolve(Manifest.FILE_NAME);
        Manifest.write(manifest, kept);
        return manifest;
    }
}
