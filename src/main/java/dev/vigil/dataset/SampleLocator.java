package dev.vigil.dataset;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the bundled sample dataset: {@code -Dvigil.samples}, ./samples, or samples/ beside the folder of vigil.jar. */
public final class SampleLocator {

    public static final String PROPERTY = "vigil.samples";

    private SampleLocator() {
    }

    /** The manifest of the bundled samples, if they can be found. */
    public static Optional<Path> manifest() {
        for (Path dir : candidates()) {
            Path manifest = dir.resolve(Manifest.FILE_NAME);
            if (Files.isRegularFile(manifest)) {
                return Optional.of(manifest.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    static List<Path> candidates() {
        List<Path> dirs = new ArrayList<>();
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            dirs.add(Path.of(property));
        }
        dirs.add(Path.of("samples"));
        try {
            Path code = Path.of(SampleLocator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // target/classes or target/vigil.jar: the samples sit two levels up, in the project folder
            Path parent = code.getParent();
            if (parent != null && parent.getParent() != null) {
                dirs.add(parent.getParent().resolve("samples"));
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code source (unusual class loaders): the other candidates remain
        }
        return dirs;
    }
}
