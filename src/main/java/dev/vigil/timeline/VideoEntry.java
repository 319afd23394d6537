package dev.vigil.timeline;

import java.nio.file.Path;

/**
 * A video of a folder.
 *
 * @param name its path relative to the folder, with forward slashes (its file name when it lies in the folder
 *             itself): the name in every output file, and what ground truth rows are matched against
 * @param file the file
 */
public record VideoEntry(String name, Path file) {
}
