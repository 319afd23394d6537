package dev.vigil.cli;

import dev.vigil.backbone.Backbone;
import dev.vigil.backbone.BackboneException;
import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.ClipFailure;
import dev.vigil.backbone.ClipNote;
import dev.vigil.backbone.DjlRuntime;
import dev.vigil.backbone.EmbeddingExtractor;
import dev.vigil.backbone.EmbeddingSet;
import dev.vigil.dataset.Dataset;
import dev.vigil.dataset.Manifest;
import dev.vigil.io.IoErrors;
import dev.vigil.io.OutputPaths;
import dev.vigil.video.ResizeMethod;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Embeds every clip of a manifest with a backbone and writes the embeddings and their index. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Embed every clip of a manifest with a backbone.",
                "Writes embeddings.npy (float32 [N, E]), embeddings.csv (path,label,class,split,view,row), "
                        + "backbone.json and failures.csv into the output folder. Clips that fail are reported "
                        + "and skipped; the exit code is non-zero only when nothing could be embedded or the "
                        + "backbone or manifest cannot be used."})
final class ExtractCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--manifest", required = true, paramLabel = "FILE", description = "The dataset's manifest.csv.")
    private Path manifest;

    @Option(names = "--backbone", paramLabel = "ID", defaultValue = BackboneRegistry.DEFAULT_ID,
            description = "Backbone id (see `vigil backbones`); default: ${DEFAULT-VALUE}.")
    private String backboneId;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder; default: embeddings/<backbone> in the current folder.")
    private Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Decode workers; default: one per core.")
    private Integer threads;

    @Option(names = "--torch-threads", paramLabel = "N",
            description = "PyTorch intra-op threads for TorchScript backbones; default: PyTorch's choice.")
    private Integer torchThreads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "8", description = "Clips per forward pass; default: ${DEFAULT-VALUE}.")
    private int batch;

    @CommandLine.Mixin
    private CacheOptions cache;

    @CommandLine.Mixin
    private DeviceOption device;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "Seed of the augmentation of views k > 0; default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--resize", paramLabel = "METHOD",
            description = "Who shrinks the frames of a TorchScript backbone: reference (the reference pipeline's "
                    + "tensors) or antialias (FFmpeg while decoding); default: the model card's.")
    private String resize;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Dataset dataset;
        try {
            dataset = Manifest.read(manifest);
        } catch (IOException e) {
            err.println("extract: " + IoErrors.describe(e));
            return 1;
        }
        if (torchThreads != null) {
            DjlRuntime.requestThreads(torchThreads);
        }
        Path target = out != null ? out : Path.of("embeddings", backboneId);
        Optional<String> unwritable = OutputPaths.folderProblem(target);
        if (unwritable.isPresent()) {
            err.println("extract: --out " + unwritable.get());
            return 2;
        }
        BackboneRegistry registry = BackboneRegistry.locate();
        ResizeMethod method = null;
        if (resize != null) {
            try {
                method = ResizeMethod.parse(resize);
            } catch (IllegalArgumentException e) {
                err.println("extract: --resize: " + e.getMessage());
                return 2;
            }
            registry = registry.withResize(method);
        }
        try (Backbone backbone = registry.open(backboneId, device.get())) {
            if (method != null && method != backbone.card().resize()) {
                err.println("extract: --resize " + method.id() + ": backbone '" + backboneId + "' always takes frames "
                        + "scaled by FFmpeg (" + backbone.card().resize().id() + ")");
                return 2;
            }
            err.println("extract: " + dataset.clips().size() + " clips with " + backbone.card().id() + " (resize "
                    + backbone.card().resize().id() + ") on " + backbone.device());
            ProgressLine progress = new ProgressLine(err);
            EmbeddingExtractor.Builder builder = EmbeddingExtractor.builder().setBackbone(backbone)
                    .optBatchSize(batch).optAugmentationSeed(seed).optProgressListener(progress)
                    .optCache(cache.open());
            if (threads != null) {
                builder.optThreads(threads);
            }
            long start = System.nanoTime();
            EmbeddingSet set = builder.build().extract(dataset);
            double seconds = (System.nanoTime() - start) / 1e9;
            progress.finish();
            set.save(target);
            for (ClipFailure failure : set.failures()) {
                err.println("clip " + dataset.resolve(failure.clip()) + ": " + failure.reason());
            }
            for (ClipNote note : set.notes()) {
                err.println("note: clip " + dataset.resolve(note.clip()) + ": " + note.note());
            }
            err.printf(Locale.ROOT, "extract: %d embedded, %d failed, %.3f s (%.2f clips/s); wrote %s%n", set.size(),
                    set.failures().size(), seconds, dataset.clips().size() / Math.max(seconds, 1e-9),
                    target.toAbsolutePath());
            return set.size() == 0 && !dataset.clips().isEmpty() ? 1 : 0;
        } catch (BackboneException e) {
            // an unknown backbone or a model file that is not there: the --backbone option cannot be used
            err.println("extract: " + IoErrors.describe(e));
            return 2;
        } catch (IOException e) {
            err.println("extract: cannot write " + target + ": " + IoErrors.describe(e));
            return 1;
        }
    }
}
