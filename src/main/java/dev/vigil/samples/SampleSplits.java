package dev.vigil.samples;

import dev.vigil.dataset.Split;

/**
 * The split of each clip, as in the reference's preparation of UCF Sports: the clips of each normal class are
 * shuffled with a seed and cut 50 % train, 10 % validation, 40 % test (at least one validation and one test clip when
 * there are three or more); every clip of an anomalous class goes to the anomaly split.
 */
final class SampleSplits {

    private SampleSplits() {
    }

    /** Splits of clips 1..n of {@code activity}, indexed from 0. */
    static Split[] of(Activity activity, int n, long seed) {
        Split[] splits = new Split[n];
        if (activity.anomalous()) {
            java.util.Arrays.fill(splits, Split.ANOMALY);
            return splits;
        }
        int val = n >= 3 ? Math.max(1, (int) Math.round(0.1 * n)) : 0;
        int test = n >= 2 ? Math.max(1, (int) Math.round(0.4 * n)) : 0;
        int train = n - val - test;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Rng rng = new Rng(Rng.derive(seed, activity.id().hashCode(), "split".hashCode()));
        for (int i = n - 1; i > 0; i--) {
            int j = rng.below(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        for (int k = 0; k < n; k++) {
            splits[order[k]] = k < train ? Split.TRAIN : k < train + val ? Split.VAL : Split.TEST;
        }
        return splits;
    }
}
