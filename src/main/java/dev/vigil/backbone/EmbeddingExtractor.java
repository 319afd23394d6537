package dev.vigil.backbone;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Dataset;
import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.CancelledException;
import dev.vigil.progress.ProgressListener;
import dev.vigil.progress.ProgressMeter;
import dev.vigil.video.ClipTensor;
import dev.vigil.video.Preprocessing;
import dev.vigil.video.VideoException;
import dev.vigil.video.VideoInfo;
import dev.vigil.video.VideoProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Embeds every clip of a dataset: cached embeddings are read back, the others are decoded and preprocessed on
 * worker threads, batched and run through the backbone on the calling thread. A bounded queue between the two keeps
 * memory flat. A clip that fails (unreadable, truncated, audio only) is reported with its reason and skipped; the
 * rest go on. Progress is reported per clip; cancellation stops at the next clip or batch.
 *
 * <p>View 0 of a clip uses the card's evaluation transform; view k &gt; 0 its training augmentation (random short
 * side and crop), seeded from (augmentation seed, clip path, view) so that the same view is the same crop every time.
 * Frames are sampled over the reference's window, 0 s to int(duration) ({@link ClipWindow#reference}).
 */
public final class EmbeddingExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingExtractor.class);
    private static final String WINDOW_RULE = "reference";

    private final Backbone backbone;
    private final int threads;
    private final int batchSize;
    private final EmbeddingCache cache;
    private final long augmentationSeed;
    private final ProgressListener listener;
    private final CancellationToken token;

    private EmbeddingExtractor(Builder b) {
        this.backbone = b.backbone;
        this.threads = b.threads;
        this.batchSize = b.batchSize;
        this.cache = b.cache;
        this.augmentationSeed = b.augmentationSeed;
        this.listener = b.listener;
        this.token = b.token;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The augmentation seed of one view of one clip: stable across runs and machines. */
    public static long viewSeed(long augmentationSeed, Clip clip) {
        if (clip.view() == 0) {
            return 0;
        }
        long h = augmentationSeed * 0x9E3779B97F4A7C15L + clip.path().hashCode();
        h = (h ^ (h >>> 31)) * 0xBF58476D1CE4E5B9L + clip.view();
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }

    /**
     * Embeds the clips of a dataset.
     *
     * @throws BackboneException  when the backbone itself fails (not when a clip does)
     * @throws CancelledException when the token was cancelled; nothing is returned
     */
    public EmbeddingSet extract(Dataset dataset) throws BackboneException {
        List<Clip> clips = dataset.clips();
        int total = clips.size();
        float[][] results = new float[total][];
        String[] failures = new String[total];
        String[] notes = new String[total];
        String[] keys = new String[total];
        ProgressMeter meter = new ProgressMeter("extract", total, listener);
        String fingerprint = fingerprint();
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            token.throwIfCancelled();
            Clip clip = clips.get(i);
            Path file = dataset.resolve(clip);
            if (cache != null && fingerprint != null) {
                try {
                    keys[i] = EmbeddingCache.key(fingerprint, file, preprocessing(clip).toString(), WINDOW_RULE,
                            viewSeed(augmentationSeed, clip));
                    float[] cached = cache.get(keys[i], backbone.card().embeddingSize()).orElse(null);
                    if (cached != null) {
                        results[i] = cached;
                        meter.advance(1, clip.key() + " (cached)");
                        continue;
                    }
                } catch (IOException e) {
                    // a file that cannot be read fails below, when it is decoded, with its reason
                }
            }
            todo.add(i);
        }
        if (!todo.isEmpty()) {
            new Run(dataset, todo, results, failures, notes, keys, meter).go();
        }
        List<Clip> done = new ArrayList<>();
        List<float[]> rows = new ArrayList<>();
        List<ClipFailure> failed = new ArrayList<>();
        List<ClipNote> noted = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            if (results[i] != null) {
                done.add(clips.get(i));
                rows.add(results[i]);
                if (notes[i] != null) {
                    noted.add(new ClipNote(clips.get(i), notes[i]));
                }
            } else {
                failed.add(new ClipFailure(clips.get(i), failures[i] == null ? "not embedded" : failures[i]));
            }
        }
        return new EmbeddingSet(backbone.card(), done, rows, failed, noted);
    }

    private Preprocessing preprocessing(Clip clip) {
        return backbone.card().preprocessing(clip.view());
    }

    private String fingerprint() {
        if (cache == null) {
            return null;
        }
        try {
            return cache.fingerprint(backbone);
        } catch (IOException e) {
            LOG.warn("cannot fingerprint backbone {} ({}); extracting without the cache", backbone.card().id(),
                    e.getMessage());
            return null;
        }
    }

    /** One prepared clip, or the reason it could not be prepared. */
    private record Prepared(int index, ClipTensor tensor, String failure) {
    }

    /** The workers, the queue and the batching loop of one extraction. */
    private final class Run {
        private final Dataset dataset;
        private final List<Integer> todo;
        private final float[][] results;
        private final String[] failures;
        private final String[] notes;
        private final String[] keys;
        private final ProgressMeter meter;
        private final BlockingQueue<Prepared> queue;
        private final AtomicInteger next = new AtomicInteger();

        Run(Dataset dataset, List<Integer> todo, float[][] results, String[] failures, String[] notes, String[] keys,
            ProgressMeter meter) {
            this.dataset = dataset;
            this.todo = todo;
            this.results = results;
            this.failures = failures;
            this.notes = notes;
            this.keys = keys;
            this.meter = meter;
            this.queue = new ArrayBlockingQueue<>(Math.max(2, batchSize));
        }

        void go() throws BackboneException {
            ExecutorService workers = Executors.newFixedThreadPool(Math.min(threads, todo.size()), runnable -> {
                Thread thread = new Thread(runnable, "vigil-decode");
                thread.setDaemon(true);
                return thread;
            });
            try {
                for (int t = 0; t < Math.min(threads, todo.size()); t++) {
                    workers.execute(this::work);
                }
                consume();
            } finally {
                // interrupts workers blocked on a full queue after a cancel or a fatal backbone error
                workers.shutdownNow();
                try {
                    workers.awaitTermination(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private void work() {
            try {
                int n;
                while ((n = next.getAndIncrement()) < todo.size() && !token.isCancelled()) {
                    queue.put(prepare(todo.get(n)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private Prepared prepare(int index) {
            Clip clip = dataset.clips().get(index);
            Path file = dataset.resolve(clip);
            try {
                VideoInfo info = VideoProbe.probe(file);
                ClipTensor tensor = backbone.prepare(info, preprocessing(clip), viewSeed(augmentationSeed, clip),
                        ClipWindow.reference(info));
                return new Prepared(index, tensor, null);
            } catch (VideoException e) {
                return new Prepared(index, null, e.reason());
            } catch (RuntimeException | Error e) {
                // every clip must come back, or the batching loop would wait for it forever
                return new Prepared(index, null, "cannot prepare the clip (" + e + ")");
            }
        }

        private void consume() throws BackboneException {
            List<Prepared> batch = new ArrayList<>(batchSize);
            int received = 0;
            while (received < todo.size()) {
                token.throwIfCancelled();
                Prepared item;
                try {
                    item = queue.poll(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancelledException();
                }
                if (item == null) {
                    continue;
                }
                received++;
                if (item.failure() != null) {
                    failures[item.index()] = item.failure();
                    LOG.warn("clip {}: {}", dataset.resolve(dataset.clips().get(item.index())), item.failure());
                    meter.advance(1, dataset.clips().get(item.index()).key() + " failed: " + item.failure());
                } else {
                    batch.add(item);
                }
                if (batch.size() == batchSize || (received == todo.size() && !batch.isEmpty())) {
                    token.throwIfCancelled();
                    embed(batch);
                    batch.clear();
                }
            }
        }

        private void embed(List<Prepared> batch) throws BackboneException {
            float[][] out;
            try {
                out = backbone.embed(batch.stream().map(Prepared::tensor).toList());
            } catch (BackboneException e) {
                if (batch.size() == 1) {
                    throw e;
                }
                // one odd clip must not sink its batch: retry one by one, and fail only the clips that fail alone
                LOG.warn("{}; retrying the batch clip by clip", e.getMessage());
                for (Prepared p : batch) {
                    embed(List.of(p));
                }
                return;
            }
            for (int k = 0; k < batch.size(); k++) {
                int index = batch.get(k).index();
                results[index] = out[k];
                String note = batch.get(k).tensor().note();
                if (note != null) {
                    // not cached, so that the next extraction decodes the clip again and says the same
                    notes[index] = note;
                    LOG.warn("clip {}: {}", dataset.resolve(dataset.clips().get(index)), note);
                } else if (cache != null && keys[index] != null) {
                    cache.put(keys[index], out[k]);
                }
            }
            meter.advance(batch.size(), dataset.clips().get(batch.get(batch.size() - 1).index()).key());
        }
    }

    /** Options of an extraction; only the backbone is required. */
    public static final class Builder {
        private Backbone backbone;
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        private int batchSize = 8;
        private EmbeddingCache cache;
        private long augmentationSeed;
        private ProgressListener listener = ProgressListener.NONE;
        private CancellationToken token = CancellationToken.none();

        public Builder setBackbone(Backbone backbone) {
            this.backbone = backbone;
            return this;
        }

        /** Decode workers (default: one per core). */
        public Builder optThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** Clips per forward pass (default 8, the reference's batch). */
        public Builder optBatchSize(int batchSize) {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
            }
            this.batchSize = batchSize;
            return this;
        }

        /** Where embeddings are cached; null (the default) for no cache. */
        public Builder optCache(EmbeddingCache cache) {
            this.cache = cache;
            return this;
        }

        /** Seed of the training augmentation of views k &gt; 0 (default 0). */
        public Builder optAugmentationSeed(long seed) {
            this.augmentationSeed = seed;
            return this;
        }

        public Builder optProgressListener(ProgressListener listener) {
            this.listener = listener == null ? ProgressListener.NONE : listener;
            return this;
        }

        public Builder optCancellationToken(CancellationToken token) {
            this.token = token == null ? CancellationToken.none() : token;
            return this;
        }

        public EmbeddingExtractor build() {
            if (backbone == null) {
                throw new IllegalStateException("an extractor needs a backbone (setBackbone)");
            }
            return new EmbeddingExtractor(this);
        }
    }
}
