package dev.vigil.experiment.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.ModelCard;
import dev.vigil.backbone.ModelCards;
import dev.vigil.detector.Detector;
import dev.vigil.experiment.run.RunContents;
import dev.vigil.experiment.run.RunFolder;
import dev.vigil.experiment.run.RunReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Detector bundles made from finished runs: the run's backbone card ({@code backbone.json}), a fitted detector
 * ({@code detectors/<id>.bin}), its threshold from {@code report.json} (or one given), and, after fine-tuning, the
 * backbone's trained parameters.
 */
public final class RunBundles {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private RunBundles() {
    }

    /**
     * Writes the bundle of one detector of a finished run.
     *
     * @param threshold the bundle's threshold, or null for the one the run's report chose
     * @param out       the bundle file; an existing file is replaced
     * @return {@code out}
     * @throws IOException naming the run and what it lacks: no report (unfinished), no such detector, no backbone card
     */
    public static Path export(Path runDir, String detectorId, Double threshold, Path out) throws IOException {
        RunFolder folder = RunFolder.open(runDir);
        RunContents contents = folder.read();
        RunReport report = contents.report().orElseThrow(() -> new IOException("run " + runDir
                + " has not finished (no " + RunFolder.REPORT + "); resume it first with vigil train --resume"));
        RunReport.DetectorReport chosen = report.detectors().stream().filter(d -> d.detector().equals(detectorId))
                .findFirst().orElseThrow(() -> new IOException("run " + runDir + " has no detector '" + detectorId
                        + "' (it has: " + String.join(", ", report.detectors().stream()
                        .map(RunReport.DetectorReport::detector).toList()) + ")"));
        ModelCard card = folder.readBackbone().orElseThrow(() -> new IOException("run " + runDir + ": no "
                + RunFolder.BACKBONE + ", so a bundle cannot tell how to embed new clips; train the run again"));
        if (threshold != null && !Double.isFinite(threshold)) {
            throw new IOException("threshold must be a finite number, got " + threshold);
        }
        Path tunedFile = folder.tunedBackboneFile();
        byte[] tuned = Files.isRegularFile(tunedFile) ? Files.readAllBytes(tunedFile) : null;
        try (Detector detector = folder.readDetector(detectorId)) {
            DetectorBundle bundle = new DetectorBundle(folder.name() + "-" + detectorId, backboneJson(card),
                    preprocessingJson(card), detector, threshold != null ? threshold : chosen.threshold().value(),
                    threshold != null ? "manual" : chosen.threshold().method(), java.time.Instant.now().toString(),
                    tuned);
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            bundle.write(out);
        }
        return out;
    }

    /** The model card as a bundle keeps it, with the version of the computation it stands for. */
    public static ObjectNode backboneJson(ModelCard card) throws IOException {
        ObjectNode node = (ObjectNode) JSON.readTree(ModelCards.toJson(card));
        node.put("version", BackboneRegistry.builtinVersion(card.id()).orElse("torchscript"));
        return node;
    }

    /** How clips become the backbone's input: the evaluation transform of the card, over the reference's window. */
    public static ObjectNode preprocessingJson(ModelCard card) {
        ObjectNode node = JSON.createObjectNode();
        node.put("frames", card.frames());
        node.put("resize", card.keepsAspect() ? "keep aspect, about " + card.inputSize() + "x" + card.inputSize()
                + " pixels" : "square " + card.inputSize() + "x" + card.inputSize());
        node.put("resize_method", card.resize().id());
        node.put("layout", card.layout().name());
        node.set("mean", JSON.valueToTree(List.of(card.mean()[0], card.mean()[1], card.mean()[2])));
        node.set("std", JSON.valueToTree(List.of(card.std()[0], card.std()[1], card.std()[2])));
        node.put("window", "0 s to int(duration), frames sampled uniformly");
        if (card.isSlowFast()) {
            node.put("slowfast_alpha", card.slowFastAlpha());
        }
        return node;
    }
}
