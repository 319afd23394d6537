package dev.vigil.dataset;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of one class (after grouping) in a preparation.
 *
 * @param className     the class
 * @param anomalous     whether its clips form the anomaly split
 * @param sourceClasses the source classes grouped into it, sorted
 * @param found         candidate clips found
 * @param kept          clips kept
 * @param dropped       clips dropped (unreadable or too short)
 * @param clips         kept clips per split (each clip once)
 * @param views         manifest rows per split: the clips plus their augmented views
 */
public record ClassSummary(String className, boolean anomalous, List<String> sourceClasses, int found, int kept,
                           int dropped, Map<Split, Integer> clips, Map<Split, Integer> views) {

    public ClassSummary {
        sourceClasses = List.copyOf(sourceClasses);
        clips = complete(clips);
        views = complete(views);
    }

    public int clips(Split split) {
        return clips.get(split);
    }

    public int views(Split split) {
        return views.get(split);
    }

    private static Map<Split, Integer> complete(Map<Split, Integer> counts) {
        EnumMap<Split, Integer> all = new EnumMap<>(Split.class);
        for (Split split : Split.values()) {
            all.put(split, counts.getOrDefault(split, 0));
        }
        return Collections.unmodifiableMap(all);
    }
}
