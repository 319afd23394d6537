import dev.vigil.backbone.Backbone;
import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.backbone.ClipWindow;
import dev.vigil.backbone.DjlRuntime;
import dev.vigil.backbone.ModelCard;
import dev.vigil.backbone.SpaceTimeDescriptor;
import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Dataset;
import dev.vigil.dataset.Manifest;
import dev.vigil.video.ClipTensor;
import dev.vigil.video.ClipTensors;
import dev.vigil.video.ResizeMethod;
import dev.vigil.video.RgbFrames;
import dev.vigil.video.VideoDecoder;
import dev.vigil.video.VideoInfo;
import dev.vigil.video.VideoProbe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the parts of Vigil's extraction on the benchmark clips, one part per run (PyTorch fixes its thread pool
 * at start): decode-only (probe + decode + preprocess, one thread), forward-only (DJL on prepared batches), and the
 * built-in descriptor's computation alone. Prints lines "vigil_<what> <clips> <seconds>". Mode alternate times
 * R(2+1)D's forward passes and the descriptor's computation by turns in this one process, ROUNDS times each, and
 * prints lines "name round clips - seconds load" as extraction.sh records them; mode resize does the same for
 * decoding and preparing the clips with the reference resize and with the antialias one.
 *
 * Usage: java -Dvigil.models=DIR -cp target/vigil.jar:target/lib/* bench/ExtractionBench.java MODE MANIFEST [TORCH_THREADS | ROUNDS]
 * MODE: decode | forward | descriptor | alternate | resize
 */
public class ExtractionBench {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Dataset dataset = Manifest.read(Path.of(args[1]));
        if (args.length > 2 && !mode.equals("alternate") && !mode.equals("resize")) {
            DjlRuntime.requestThreads(Integer.parseInt(args[2]));
        }
        ModelCard card = BackboneRegistry.locate().entry("r2plus1d_18").card();
        switch (mode) {
            case "decode" -> {
                long start = System.nanoTime();
                prepareAll(dataset, card);
                report("decode", dataset, start);
            }
            case "forward" -> {
                List<ClipTensor> tensors = prepareAll(dataset, card);
                try (Backbone backbone = BackboneRegistry.locate().open("r2plus1d_18")) {
                    backbone.embed(tensors.subList(0, 8)); // warm-up: TorchScript profiles its first calls
                    backbone.embed(tensors.subList(0, 8));
                    long start = System.nanoTime();
                    for (int i = 0; i < tensors.size(); i += 8) {
                        backbone.embed(tensors.subList(i, Math.min(tensors.size(), i + 8)));
                    }
                    report("forward_t" + (args.length > 2 ? args[2] : "default"), dataset, start);
                }
            }
            case "descriptor" -> {
                List<float[][]> frames = new ArrayList<>();
                List<Double> rates = new ArrayList<>();
                for (Clip clip : dataset.clips()) {
                    VideoInfo info = VideoProbe.probe(dataset.resolve(clip));
                    ClipWindow window = ClipWindow.reference(info);
                    RgbFrames rgb = VideoDecoder.decodeUniformPairs(info.file(), SpaceTimeDescriptor.PAIRS, 128, 128,
                            window.startSeconds(), window.endSeconds());
                    frames.add(grey(rgb));
                    rates.add(info.frameRate());
                }
                for (int i = 0; i < frames.size(); i++) {
                    SpaceTimeDescriptor.compute(frames.get(i), 128, 128, rates.get(i)); // warm-up
                }
                long start = System.nanoTime();
                for (int rep = 0; rep < 5; rep++) {
                    for (int i = 0; i < frames.size(); i++) {
                        SpaceTimeDescriptor.compute(frames.get(i), 128, 128, rates.get(i));
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9 / 5;
                System.out.printf("vigil_descriptor %d %.3f%n", dataset.clips().size(), seconds);
            }
            case "alternate" -> alternate(dataset, card, args.length > 2 ? Integer.parseInt(args[2]) : 3);
            case "resize" -> {
                prepareAll(dataset, card.withResize(ResizeMethod.REFERENCE)); // warm-up of both paths
                prepareAll(dataset, card.withResize(ResizeMethod.ANTIALIAS));
                for (int round = 1; round <= (args.length > 2 ? Integer.parseInt(args[2]) : 3); round++) {
                    for (ResizeMethod method : ResizeMethod.values()) {
                        String load = java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
                        long start = System.nanoTime();
                        prepareAll(dataset, card.withResize(method));
                        System.out.printf("inprocess_prepare_%s %d %d - %.3f %s%n", method.id(), round,
                                dataset.clips().size(), (System.nanoTime() - start) / 1e9, load);
                    }
                }
            }
            default -> throw new IllegalArgumentException("mode " + mode);
        }
    }

    /** Forward passes and descriptor computations by turns, after a warm-up of each; decoding is done before. */
    private static void alternate(Dataset dataset, ModelCard card, int rounds) throws Exception {
        List<ClipTensor> tensors = prepareAll(dataset, card);
        List<float[][]> frames = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        for (Clip clip : dataset.clips()) {
            VideoInfo info = VideoProbe.probe(dataset.resolve(clip));
            ClipWindow window = ClipWindow.reference(info);
            frames.add(grey(VideoDecoder.decodeUniformPairs(info.file(), SpaceTimeDescriptor.PAIRS, 128, 128,
                    window.startSeconds(), window.endSeconds())));
            rates.add(info.frameRate());
        }
        try (Backbone backbone = BackboneRegistry.locate().open("r2plus1d_18")) {
            backbone.embed(tensors.subList(0, Math.min(8, tensors.size()))); // warm-up: the first calls are slow
            backbone.embed(tensors.subList(0, Math.min(8, tensors.size())));
            for (int i = 0; i < frames.size(); i++) {
                SpaceTimeDescriptor.compute(frames.get(i), 128, 128, rates.get(i));
            }
            for (int round = 1; round <= rounds; round++) {
                String load = java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
                long start = System.nanoTime();
                for (int i = 0; i < tensors.size(); i += 8) {
                    backbone.embed(tensors.subList(i, Math.min(tensors.size(), i + 8)));
                }
                System.out.printf("inprocess_r2plus1d_forward %d %d - %.3f %s%n", round, tensors.size(),
                        (System.nanoTime() - start) / 1e9, load);
                load = java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
                start = System.nanoTime();
                for (int rep = 0; rep < 5; rep++) { // one pass takes a fraction of a second: five, then the mean
                    for (int i = 0; i < frames.size(); i++) {
                        SpaceTimeDescriptor.compute(frames.get(i), 128, 128, rates.get(i));
                    }
                }
                System.out.printf("inprocess_builtin_descriptor %d %d - %.3f %s%n", round, frames.size(),
                        (System.nanoTime() - start) / 1e9 / 5, load);
            }
        }
    }

    private static List<ClipTensor> prepareAll(Dataset dataset, ModelCard card) throws Exception {
        List<ClipTensor> out = new ArrayList<>();
        for (Clip clip : dataset.clips()) {
            VideoInfo info = VideoProbe.probe(dataset.resolve(clip));
            ClipWindow window = ClipWindow.reference(info);
            out.add(ClipTensors.load(info, card.evalPreprocessing(), 0, window.startSeconds(), window.endSeconds()));
        }
        return out;
    }

    private static float[][] grey(RgbFrames rgb) {
        float[][] out = new float[rgb.frames()][rgb.width() * rgb.height()];
        for (int f = 0; f < rgb.frames(); f++) {
            for (int y = 0; y < rgb.height(); y++) {
                for (int x = 0; x < rgb.width(); x++) {
                    out[f][y * rgb.width() + x] = (0.299f * rgb.value(f, y, x, 0) + 0.587f * rgb.value(f, y, x, 1)
                            + 0.114f * rgb.value(f, y, x, 2)) / 255f;
                }
            }
        }
        return out;
    }

    private static void report(String what, Dataset dataset, long start) {
        System.out.printf("vigil_%s %d %.3f%n", what, dataset.clips().size(), (System.nanoTime() - start) / 1e9);
    }
}
