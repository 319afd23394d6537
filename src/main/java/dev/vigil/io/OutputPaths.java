package dev.vigil.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks, before any long work, that an output can be written where the user asked: a run that embeds every clip
 * and only then finds that its output folder is read-only has wasted the user's time. The check writes and removes
 * a probe file, since permission bits alone do not tell (ACLs, read-only mounts, another account's folder).
 */
public final class OutputPaths {

    private OutputPaths() {
    }

    /** Why a folder cannot be made or written at {@code dir}, or empty when it can. Makes nothing. */
    public static Optional<String> folderProblem(Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            return Optional.of(dir + ": exists and is not a folder");
        }
        return writableAncestor(target, dir);
    }

    /** Why a file cannot be written at {@code file}, or empty when it can. Makes nothing. */
    public static Optional<String> fileProblem(Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            return Optional.of(file + ": is a folder, not a file");
        }
        return target.getParent() == null ? Optional.empty() : writableAncestor(target.getParent(), file);
    }

    private static Optional<String> writableAncestor(Path target, Path asGiven) {
        Path existing = target;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.of(asGiven + ": no part of the path exists");
        }
        if (!Files.isDirectory(existing)) {
            return Optional.of(asGiven + ": cannot be made, " + existing + " is a file, not a folder");
        }
        try {
            Files.delete(AtomicFiles.createTemp(existing, ".vigil-write-check."));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(asGiven + ": cannot write in " + existing + " (" + reason(e) + ")");
        }
    }

    private static String reason(IOException e) {
        String described = IoErrors.describe(e);
        int colon = described.lastIndexOf(": ");
        return colon < 0 ? described : described.substring(colon + 2);
    }
}
