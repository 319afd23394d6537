package dev.vigil.backbone;

import dev.vigil.video.ClipTensor;
import dev.vigil.video.Preprocessing;
import dev.vigil.video.VideoException;
import dev.vigil.video.VideoInfo;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** A real backbone that counts the clips it prepares, to see what the cache spares. */
class CountingBackbone implements Backbone {

    final Backbone inner;
    final AtomicInteger prepared = new AtomicInteger();

    CountingBackbone(Backbone inner) {
        this.inner = inner;
    }

    @Override
    public ModelCard card() {
        return inner.card();
    }

    @Override
    public String version() {
        return inner.version();
    }

    @Override
    public Optional<Path> modelFile() {
        return inner.modelFile();
    }

    @Override
    public String device() {
        return inner.device();
    }

    @Override
    public ClipTensor prepare(VideoInfo info, Preprocessing preprocessing, long seed, ClipWindow window)
            throws VideoException {
        prepared.incrementAndGet();
        return inner.prepare(info, preprocessing, seed, window);
    }

    @Override
    public float[][] embed(List<ClipTensor> batch) throws BackboneException {
        return inner.embed(batch);
    }

    @Override
    public void close() {
        inner.close();
    }
}
