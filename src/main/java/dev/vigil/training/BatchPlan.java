package dev.vigil.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The order of examples in an epoch, cut into batches. */
public final class BatchPlan {

    private BatchPlan() {
    }

    /**
     * The batches of one training epoch: a shuffle that depends only on the seed and the epoch. A last batch of a
     * single example joins the one before it, because BatchNorm cannot train on one value per feature.
     */
    public static List<int[]> shuffled(int size, int batchSize, long seed, int epoch) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Random random = new Random(Seeds.mix(seed, epoch, -1));
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return cut(order, batchSize, true);
    }

    /** Batches in the given order, for validation and scoring. */
    public static List<int[]> sequential(int size, int batchSize) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        return cut(order, batchSize, false);
    }

    private static List<int[]> cut(int[] order, int batchSize, boolean noSingleton) {
        List<int[]> batches = new ArrayList<>();
        for (int start = 0; start < order.length; start += batchSize) {
            int end = Math.min(order.length, start + batchSize);
            if (noSingleton && end - start == 1 && !batches.isEmpty()) {
                int[] previous = batches.remove(batches.size() - 1);
                int[] merged = new int[previous.length + 1];
                System.arraycopy(previous, 0, merged, 0, previous.length);
                merged[previous.length] = order[start];
                batches.add(merged);
            } else {
                int[] batch = new int[end - start];
                System.arraycopy(order, start, batch, 0, batch.length);
                batches.add(batch);
            }
        }
        return batches;
    }
}
