package dev.vigil.experiment;

import dev.vigil.backbone.BackboneRegistry;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The registry over the tiny TorchScript fixtures (src/test/python/make_backbone_fixtures.py). */
final class TinyBackbones {

    private TinyBackbones() {
    }

    static BackboneRegistry registry() {
        try {
            return new BackboneRegistry(Path.of(TinyBackbones.class
                    .getResource("/dev/vigil/backbone/fixtures/tiny_cthw.json").toURI()).getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
