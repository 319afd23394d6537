package dev.vigil.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Clips under a root folder.
 *
 * @param root  folder the clip paths are relative to
 * @param clips the clips, in manifest order
 */
public record Dataset(Path root, List<Clip> clips) {

    public Dataset {
        clips = List.copyOf(clips);
    }

    /** The file of a clip. */
    public Path resolve(Clip clip) {
        return root.resolve(clip.path());
    }

    public List<Clip> split(Split split) {
        return clips.stream().filter(c -> c.split() == split).toList();
    }

    /** Number of clips per class and split, classes sorted by name. */
    public Map<String, Map<Split, Long>> counts() {
        return clips.stream().collect(Collectors.groupingBy(Clip::className, TreeMap::new,
                Collectors.groupingBy(Clip::split, () -> new java.util.EnumMap<>(Split.class), Collectors.counting())));
    }
}
