package dev.vigil.backbone;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Dataset;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.progress.ProgressMeter;
import dev.vigil.training.BatchSource;
import dev.vigil.video.ClipTensor;
import dev.vigil.video.VideoException;
import dev.vigil.video.VideoInfo;
import dev.vigil.video.VideoProbe;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Clips decoded once into a TorchScript backbone's input tensors and kept in memory, batched on demand: the training
 * data of fine-tuning, where the backbone runs on every batch of every epoch. Each clip is prepared exactly as
 * {@link EmbeddingExtractor} prepares it (view 0 with the evaluation transform, view k with its seeded augmentation,
 * over the reference's window), so embeddings made from these tensors match extraction's.
 *
 * <p>Memory: one tensor per clip (R(2+1)D-18: 3 × 8 × 112 × 112 floats, 1.2 MB).
 */
public final class ClipBatches implements BatchSource {

    private final TorchScriptBackbone backbone;
    private final List<ClipTensor> tensors;

    private ClipBatches(TorchScriptBackbone backbone, List<ClipTensor> tensors) {
        this.backbone = backbone;
        this.tensors = tensors;
    }

    /**
     * Decodes and prepares clips on worker threads; progress is reported per clip under the stage "decode".
     *
     * @throws IOException naming the clip and the reason when one cannot be decoded (these clips were embedded
     *                     before, so that is not expected)
     * @throws dev.vigil.progress.CancelledException when cancelled
     */
    public static ClipBatches prepare(TorchScriptBackbone backbone, Dataset dataset, List<Clip> clips,
                                      long augmentationSeed, int threads, ProgressListener progress,
                                      CancellationToken token) throws IOException {
        ProgressMeter meter = new ProgressMeter("decode", clips.size(), progress);
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, "vigil-decode");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<ClipTensor>> futures = new ArrayList<>();
            for (Clip clip : clips) {
                futures.add(workers.submit(() -> {
                    token.throwIfCancelled();
                    VideoInfo info = VideoProbe.probe(dataset.resolve(clip));
                    return backbone.prepare(info, backbone.card().preprocessing(clip.view()),
                            EmbeddingExtractor.viewSeed(augmentationSeed, clip), ClipWindow.reference(info));
                }));
            }
            List<ClipTensor> tensors = new ArrayList<>(clips.size());
            for (int i = 0; i < futures.size(); i++) {
                tensors.add(await(futures.get(i), dataset, clips.get(i)));
                meter.advance(1, clips.get(i).key());
            }
            return new ClipBatches(backbone, tensors);
        } finally {
            workers.shutdownNow();
        }
    }

    private static ClipTensor await(Future<ClipTensor> future, Dataset dataset, Clip clip) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new dev.vigil.progress.CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            String reason = e.getCause() instanceof VideoException video ? video.reason() : e.getCause().toString();
            throw new IOException("clip " + dataset.resolve(clip) + ": " + reason, e.getCause());
        }
    }

    @Override
    public int size() {
        return tensors.size();
    }

    @Override
    public NDList batch(NDManager manager, int[] indices) {
        return backbone.inputs(manager, select(indices));
    }

    /** The clips at some indices, as a source of their own (sharing the tensors). */
    public BatchSource subset(int[] indices) {
        ClipBatches all = this;
        return new BatchSource() {
            @Override
            public int size() {
                return indices.length;
            }

            @Override
            public NDList batch(NDManager manager, int[] positions) {
                int[] mapped = new int[positions.length];
                for (int i = 0; i < positions.length; i++) {
                    mapped[i] = indices[positions[i]];
                }
                return all.batch(manager, mapped);
            }
        };
    }

    /**
     * Embeds every clip with the backbone as it is now, in evaluation mode.
     *
     * @param batchSize clips per forward pass
     */
    public float[][] embedAll(int batchSize, CancellationToken token) throws BackboneException {
        float[][] rows = new float[tensors.size()][];
        for (int start = 0; start < tensors.size(); start += batchSize) {
            token.throwIfCancelled();
            int end = Math.min(tensors.size(), start + batchSize);
            float[][] out = backbone.embed(tensors.subList(start, end));
            System.arraycopy(out, 0, rows, start, out.length);
        }
        return rows;
    }

    private List<ClipTensor> select(int[] indices) {
        List<ClipTensor> batch = new ArrayList<>(indices.length);
        for (int index : indices) {
            batch.add(tensors.get(index));
        }
        return batch;
    }
}
