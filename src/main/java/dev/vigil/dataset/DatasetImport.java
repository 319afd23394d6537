package dev.vigil.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens what a user points at as the input of a preparation: a folder laid out as {@code root/<class>/<clip>}, or
 * a {@code manifest.csv}. Opening only lists files; nothing is decoded (that is {@link ClipProber}'s slow part) and
 * nothing is written.
 */
public final class DatasetImport {

    private DatasetImport() {
    }

    /**
     * Lists the candidate clips of a folder or a manifest.
     *
     * @throws IOException naming the input when it does not exist, is neither a folder nor a .csv file, or is a
     *                     manifest that cannot be parsed
     */
    public static SourceDataset open(Path input) throws IOException {
        if (Files.isDirectory(input)) {
            return FolderScanner.scan(input);
        }
        if (!Files.exists(input)) {
            throw new NoSuchFileException(input.toString(), null, "no such folder or manifest");
        }
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(input) || !name.endsWith(".csv")) {
            throw new IOException("input " + input + ": neither a folder of class folders nor a manifest (.csv)");
        }
        return ManifestSource.read(input);
    }
}
