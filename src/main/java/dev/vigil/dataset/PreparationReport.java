package dev.vigil.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.video.VideoInfo;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * {@code preparation.json}: the settings, counts per class and split, and every candidate clip with its status and,
 * when dropped, the reason. Things that never became a clip (an unreadable folder, a link loop) are listed under
 * {@code skipped}, so each problem appears once. The report holds no time stamp and no output path: the same
 * input and settings give the same bytes.
 */
public final class PreparationReport {

    public static final String FORMAT = "vigil-preparation";
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<Split> NORMAL_SPLITS = List.of(Split.TRAIN, Split.VAL, Split.TEST);

    private PreparationReport() {
    }

    /** The report as JSON text, with '\n' line breaks on every platform. */
    public static String json(Preparation preparation) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(tree(preparation)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode tree(Preparation preparation) {
        SourceDataset source = preparation.source();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("input", source.input().toString().replace('\\', '/'));
        root.put("inputKind", source.kind().id());
        root.set("settings", settings(preparation.config()));

        ObjectNode totals = root.putObject("totals");
        totals.put("found", preparation.clips().size());
        totals.put("kept", preparation.keptCount());
        totals.put("dropped", preparation.droppedCount());
        totals.put("skipped", source.skipped().size());
        ObjectNode rows = totals.putObject("manifestRows");
        for (Split split : Split.values()) {
            rows.put(split.id(), preparation.rows(split));
        }

        ArrayNode classes = root.putArray("classes");
        for (ClassSummary summary : preparation.classes()) {
            ObjectNode node = classes.addObject();
            node.put("class", summary.className());
            node.put("anomalous", summary.anomalous());
            summary.sourceClasses().forEach(node.putArray("sourceClasses")::add);
            node.put("found", summary.found());
            node.put("kept", summary.kept());
            node.put("dropped", summary.dropped());
            counts(node.putObject("clips"), summary.clips());
            counts(node.putObject("views"), summary.views());
        }

        ArrayNode clips = root.putArray("clips");
        preparation.clips().forEach(clip -> clip(clips.addObject(), clip));
        ArrayNode skipped = root.putArray("skipped");
        for (FileProblem problem : source.skipped()) {
            skipped.addObject().put("path", problem.path()).put("reason", problem.reason());
        }
        preparation.notes().forEach(root.putArray("notes")::add);
        return root;
    }

    private static ObjectNode settings(PreparationConfig config) {
        ObjectNode node = MAPPER.createObjectNode();
        ArrayNode grouping = node.putArray("grouping");
        config.grouping().forEach(rule -> grouping.addObject().put("pattern", rule.pattern())
                .put("target", rule.target()));
        config.anomalousClasses().forEach(node.putArray("anomalousClasses")::add);
        node.put("minDurationSeconds", config.minDurationSeconds());
        ObjectNode split = node.putObject("split");
        NORMAL_SPLITS.forEach(s -> split.put(s.id(), config.split().of(s)));
        node.put("seed", config.seed());
        node.put("balanceTrain", config.balanceTrain());
        node.put("balanceVal", config.balanceVal());
        return node;
    }

    private static void clip(ObjectNode node, ClipOutcome clip) {
        node.put("path", clip.path());
        node.put("sourceClass", clip.sourceClass());
        node.put("class", clip.className());
        node.put("status", clip.status().id());
        if (clip.kept()) {
            node.put("split", clip.split().id());
            node.put("augmentedViews", clip.augmentedViews());
        } else {
            node.put("reason", clip.reason());
        }
        VideoInfo info = clip.info();
        if (info != null) {
            node.put("durationSeconds", info.durationSeconds());
            node.put("frames", info.frameCount());
            node.put("fps", info.frameRate());
            node.put("width", info.displayWidth());
            node.put("height", info.displayHeight());
            node.put("rotation", info.rotation());
            node.put("codec", info.codec());
        }
    }

    private static void counts(ObjectNode node, Map<Split, Integer> counts) {
        counts.forEach((split, count) -> node.put(split.id(), count));
    }
}
