package dev.vigil.dataset;

import java.util.List;

/**
 * How many clips of a normal class go to train, val and test. The rule, in two steps:
 * <ol>
 *   <li><b>Largest remainder.</b> Each split gets {@code floor(n × fraction)}; the clips left over go one each to
 *   the splits with the largest remainders (ties: train, then val, then test). The counts add up to {@code n} and
 *   none is more than one clip away from its exact share.</li>
 *   <li><b>Small classes.</b> A class of a few clips would otherwise leave a split empty (5 clips at 50/10/40 give
 *   val 0.5 clip). The splits with a positive fraction are filled in the order train, test, val: while the class
 *   has more clips than the splits already filled, an empty split takes one clip from the split that holds the
 *   most (ties: the one filled last). So 1 clip goes to train, 2 to train and test, and from 3 clips on every split
 *   with a positive fraction has at least one.</li>
 * </ol>
 * Examples at 50/10/40: 1 → 1/0/0, 2 → 1/0/1, 3 → 1/1/1, 5 → 2/1/2, 10 → 5/1/4, 25 → 13/2/10 (12.5/2.5/10:
 * the tie goes to train).
 */
public final class SplitAllocator {

    private static final List<Split> NORMAL = List.of(Split.TRAIN, Split.VAL, Split.TEST);
    /** Train first (nothing learns without it), then test (nothing is measured without it), then val. */
    private static final List<Split> FILL_ORDER = List.of(Split.TRAIN, Split.TEST, Split.VAL);
    /** Guards floor() against shares like 2.9999999999 that are 3 in exact arithmetic. */
    private static final double EPSILON = 1e-9;

    private SplitAllocator() {
    }

    /**
     * Clips per split for a class of {@code n} clips.
     *
     * @return counts indexed by {@link Split#ordinal()} for train, val and test (length 3), adding up to {@code n}
     */
    public static int[] counts(int n, SplitFractions fractions) {
        if (n < 0) {
            throw new IllegalArgumentException("clip count " + n + ": must be 0 or more");
        }
        int[] counts = new int[3];
        double[] remainders = new double[3];
        int left = n;
        for (Split split : NORMAL) {
            double exact = n * fractions.of(split);
            int floor = (int) Math.floor(exact + EPSILON);
            counts[split.ordinal()] = floor;
            remainders[split.ordinal()] = fractions.of(split) > 0 ? exact - floor : -1;
            left -= floor;
        }
        while (left > 0) {
            int best = 0;
            for (int i = 1; i < 3; i++) {
                if (remainders[i] > remainders[best] + EPSILON) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            left--;
        }
        fillSmallClass(n, fractions, counts);
        return counts;
    }

    private static void fillSmallClass(int n, SplitFractions fractions, int[] counts) {
        int filled = 0;
        for (Split split : FILL_ORDER) {
            if (fractions.of(split) <= 0) {
                continue;
            }
            if (counts[split.ordinal()] == 0 && n > filled) {
                int donor = -1;
                // Scan the fill order backwards so that ties take from the split filled last.
                for (int i = FILL_ORDER.size() - 1; i >= 0; i--) {
                    int candidate = FILL_ORDER.get(i).ordinal();
                    if (donor < 0 || counts[candidate] > counts[donor]) {
                        donor = candidate;
                    }
                }
                counts[donor]--;
                counts[split.ordinal()]++;
            }
            filled++;
        }
    }
}
