package dev.vigil.dataset;

/**
 * Balances a split of one class to a number of views. The clips themselves are the first views; the missing
 * views are augmented copies spread round-robin over the clips, so no clip has more than one view more than
 * another. A class that already has as many clips as the target keeps them all and gets no augmented view:
 * balancing adds, it never throws data away.
 */
final class ViewBalancer {

    private ViewBalancer() {
    }

    /**
     * Augmented views per clip.
     *
     * @param clips  clips of the class in this split, in the order that decides who gets the extra views
     * @param target views per class to reach; 0 for no balancing
     * @return for each clip, how many augmented views it gets
     */
    static int[] augmentedViews(int clips, int target) {
        int[] views = new int[clips];
        if (clips == 0 || target <= clips) {
            return views;
        }
        int extra = target - clips;
        for (int j = 0; j < clips; j++) {
            views[j] = extra / clips + (j < extra % clips ? 1 : 0);
        }
        return views;
    }
}
