package dev.vigil.experiment;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Split;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A small synthetic experiment: embeddings of two normal classes in every split, and shifted anomalies. */
public final class ExperimentData {

    public final List<Clip> clips = new ArrayList<>();
    public final List<float[]> embeddings = new ArrayList<>();
    private final Random random = new Random(12);
    private final int dimension;

    public ExperimentData(int dimension) {
        this.dimension = dimension;
        for (Split split : List.of(Split.TRAIN, Split.VAL, Split.TEST)) {
            int n = split == Split.TRAIN ? 40 : 12;
            for (String cls : List.of("walk", "run")) {
                for (int i = 0; i < n; i++) {
                    add(new Clip(cls + "/" + split.id() + i + ".mp4", 0, cls, split), cls.equals("walk") ? 1 : -1, 0);
                }
            }
        }
        for (int i = 0; i < 12; i++) {
            add(new Clip("bike/" + i + ".mp4", 1, "bike", Split.ANOMALY), 0, 3);
        }
    }

    private void add(Clip clip, double centre, double shift) {
        float[] e = new float[dimension];
        for (int j = 0; j < dimension; j++) {
            e[j] = (float) (centre * Math.cos(j) + 0.3 * random.nextGaussian() + (j % 2 == 0 ? shift : -shift));
        }
        clips.add(clip);
        embeddings.add(e);
    }

    public float[][] rows(Split split) {
        List<float[]> rows = new ArrayList<>();
        for (int i = 0; i < clips.size(); i++) {
            if (clips.get(i).split() == split) {
                rows.add(embeddings.get(i));
            }
        }
        return rows.toArray(new float[0][]);
    }

    public List<Clip> clips(Split split) {
        return clips.stream().filter(c -> c.split() == split).toList();
    }

    public float[][] all() {
        return embeddings.toArray(new float[0][]);
    }
}
