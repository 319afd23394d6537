package dev.vigil.dataset;

import java.nio.file.Path;

/**
 * A clip found by an import, before anything is known about its content.
 *
 * @param file        the file, absolute
 * @param path        the path as the user sees it: relative to the dataset folder (or as the manifest writes it),
 *                    with forward slashes; unique within one import
 * @param sourceClass the class as the import found it (class folder or manifest column), before grouping
 */
public record SourceClip(Path file, String path, String sourceClass) {
}
