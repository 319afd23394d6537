package dev.vigil.dataset;

import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns probed clips and settings into a {@link Preparation}: groups classes, drops unusable and short clips,
 * splits each normal class with a seeded shuffle (see {@link SplitAllocator} for the rounding rule), puts the
 * anomalous classes in the anomaly split and balances train and val with augmented views. It is quick and pure, so
 * a screen can call it again on every change of a setting without probing again; the same inputs always give the
 * same result.
 */
public final class DatasetPreparer {

    private DatasetPreparer() {
    }

    /** The classes after grouping, sorted. */
    public static List<String> classes(SourceDataset source, List<GroupingRule> grouping) {
        TreeSet<String> classes = new TreeSet<>();
        source.sourceClasses().forEach(c -> classes.add(GroupingRule.group(grouping, c)));
        return List.copyOf(classes);
    }

    /** The classes (after grouping) that a manifest labels as anomalies: a default for the anomalous classes. */
    public static List<String> labelledAnomalous(SourceDataset source, List<GroupingRule> grouping) {
        TreeSet<String> classes = new TreeSet<>();
        source.labelledAnomalous().forEach(c -> classes.add(GroupingRule.group(grouping, c)));
        return List.copyOf(classes);
    }

    /** What is wrong with the settings for this dataset (e.g. an anomalous class it does not have); empty if none. */
    public static List<String> problems(SourceDataset source, PreparationConfig config) {
        return anomalousProblems(source, config.grouping(), config.anomalousClasses());
    }

    /** Anomalous class names that are not classes of this dataset after grouping, each with a hint. */
    public static List<String> anomalousProblems(SourceDataset source, List<GroupingRule> grouping,
                                                 Collection<String> anomalous) {
        List<String> classes = classes(source, grouping);
        List<String> problems = new ArrayList<>();
        for (String name : new TreeSet<>(anomalous)) {
            if (classes.contains(name)) {
                continue;
            }
            if (source.sourceClasses().contains(name)) {
                problems.add("anomalous class '" + name + "' is grouped into '"
                        + GroupingRule.group(grouping, name) + "'; name the grouped class");
            } else {
                problems.add("anomalous class '" + name + "' is not a class of this dataset ("
                        + (classes.isEmpty() ? "it has no clips" : "classes: " + String.join(", ", classes)) + ")");
            }
        }
        return problems;
    }

    /**
     * Probes the clips and prepares the dataset in one go; the settings are checked before the slow probing starts.
     *
     * @throws InvalidConfigException when {@link #problems} finds something wrong
     * @throws dev.vigil.progress.CancelledException when {@code cancel} is cancelled during probing
     */
    public static Preparation prepare(SourceDataset source, PreparationConfig config, ClipProber prober,
                                      ProgressListener listener, CancellationToken cancel) {
        List<String> problems = problems(source, config);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return plan(source, prober.probeAll(source.clips(), listener, cancel), config);
    }

    /**
     * Prepares the dataset from clips probed before.
     *
     * @param probes one probe per clip of {@code source}, in the same order ({@link ClipProber#probeAll})
     * @throws InvalidConfigException when {@link #problems} finds something wrong
     */
    public static Preparation plan(SourceDataset source, List<ClipProbe> probes, PreparationConfig config) {
        List<String> problems = problems(source, config);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        List<SourceClip> clips = source.clips();
        if (probes.size() != clips.size()) {
            throw new IllegalArgumentException(probes.size() + " probes for " + clips.size() + " clips");
        }
        Map<String, String> classOf = new TreeMap<>();
        source.sourceClasses().forEach(c -> classOf.put(c, GroupingRule.group(config.grouping(), c)));

        int n = clips.size();
        String[] reasons = new String[n];
        Map<String, List<Integer>> keptByClass = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            ClipProbe probe = probes.get(i);
            if (!probe.clip().equals(clips.get(i))) {
                throw new IllegalArgumentException("probe " + i + " is of " + probe.clip().path() + ", not of "
                        + clips.get(i).path());
            }
            reasons[i] = dropReason(probe, config.minDurationSeconds());
            if (reasons[i] == null) {
                keptByClass.computeIfAbsent(classOf.get(clips.get(i).sourceClass()), k -> new ArrayList<>()).add(i);
            }
        }

        Split[] splits = new Split[n];
        int[] views = new int[n];
        for (Map.Entry<String, List<Integer>> entry : keptByClass.entrySet()) {
            List<Integer> members = entry.getValue();
            members.sort(Comparator.comparing(i -> clips.get(i).path()));
            if (config.isAnomalous(entry.getKey())) {
                members.forEach(i -> splits[i] = Split.ANOMALY);
            } else {
                splitNormalClass(entry.getKey(), members, config, splits, views);
            }
        }

        List<ClipOutcome> outcomes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SourceClip clip = clips.get(i);
            String className = classOf.get(clip.sourceClass());
            outcomes.add(new ClipOutcome(clip.file(), clip.path(), clip.sourceClass(), className,
                    config.isAnomalous(className), reasons[i] == null ? ClipStatus.KEPT : ClipStatus.DROPPED,
                    splits[i], views[i], reasons[i], probes.get(i).info()));
        }
        List<ClassSummary> summaries = PreparationSummaries.classes(outcomes, classOf);
        return new Preparation(source, config, outcomes, summaries, manifest(outcomes),
                PreparationSummaries.notes(source, config, summaries));
    }

    private static String dropReason(ClipProbe probe, double minSeconds) {
        if (!probe.readable()) {
            return probe.problem();
        }
        double seconds = probe.info().durationSeconds();
        if (seconds < minSeconds) {
            return String.format(Locale.ROOT, "too short: %.2f s (%d frame%s), the minimum is %s s", seconds,
                    probe.info().frameCount(), probe.info().frameCount() == 1 ? "" : "s",
                    Numbers.plain(minSeconds));
        }
        return null;
    }

    /** Shuffles a normal class with a seed of its own, cuts it into train, val and test and balances train and val. */
    private static void splitNormalClass(String className, List<Integer> members, PreparationConfig config,
                                         Split[] splits, int[] views) {
        List<Integer> order = new ArrayList<>(members);
        // Each class gets its own stream, so adding a class does not reshuffle the others.
        shuffle(order, new Random(config.seed() * 1_000_003L + className.hashCode()));
        int[] counts = SplitAllocator.counts(order.size(), config.split());
        int start = 0;
        for (Split split : List.of(Split.TRAIN, Split.VAL, Split.TEST)) {
            List<Integer> part = order.subList(start, start + counts[split.ordinal()]);
            int[] extra = ViewBalancer.augmentedViews(part.size(), config.balance(split));
            for (int j = 0; j < part.size(); j++) {
                splits[part.get(j)] = split;
                views[part.get(j)] = extra[j];
            }
            start += part.size();
        }
    }

    /** Fisher–Yates spelled out: java.util.Random's sequence is specified, so the split is the same on every JDK. */
    private static void shuffle(List<Integer> list, Random random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }

    private static List<Clip> manifest(List<ClipOutcome> outcomes) {
        List<ClipOutcome> kept = new ArrayList<>(outcomes.stream().filter(ClipOutcome::kept).toList());
        kept.sort(Comparator.comparing(ClipOutcome::split).thenComparing(ClipOutcome::className)
                .thenComparing(ClipOutcome::path));
        List<Clip> rows = new ArrayList<>();
        for (ClipOutcome clip : kept) {
            for (int view = 0; view <= clip.augmentedViews(); view++) {
                rows.add(new Clip(clip.path(), clip.anomalous() ? 1 : 0, clip.className(), clip.split(), view));
            }
        }
        return rows;
    }
}
