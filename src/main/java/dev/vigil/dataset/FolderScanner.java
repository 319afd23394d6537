package dev.vigil.dataset;

import dev.vigil.io.IoErrors;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Finds the clips of a folder laid out as {@code root/<class>/<clip>}. A clip in a folder nested below its class
 * folder belongs to that class. Symbolic links are followed (datasets are often assembled from links), a link that
 * leads back up is reported once and not followed, and a folder that cannot be read is reported and passed over.
 * The folder is only read, never written.
 */
final class FolderScanner {

    private FolderScanner() {
    }

    static SourceDataset scan(Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IOException("dataset folder " + root + ": not a folder");
        }
        Visitor visitor = new Visitor(root);
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, visitor);
        visitor.clips.sort(Comparator.comparing(SourceClip::path));
        visitor.skipped.sort(Comparator.comparing(FileProblem::path));
        return new SourceDataset(root, root, SourceDataset.Kind.FOLDER, visitor.clips, visitor.skipped, List.of(),
                List.of());
    }

    /** The path of {@code file} below {@code root} with forward slashes, whatever the platform. */
    static String relative(Path root, Path file) {
        Path rel = root.relativize(file);
        List<String> parts = new ArrayList<>();
        rel.forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }

    private static final class Visitor extends SimpleFileVisitor<Path> {

        private final Path root;
        private final List<SourceClip> clips = new ArrayList<>();
        private final List<FileProblem> skipped = new ArrayList<>();

        Visitor(Path root) {
            this.root = root;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(root) && VideoFiles.isIgnoredFolder(dir.getFileName().toString())) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (!VideoFiles.isVideo(file.getFileName().toString())) {
                return FileVisitResult.CONTINUE;
            }
            Path rel = root.relativize(file);
            if (attrs.isSymbolicLink()) {
                // With FOLLOW_LINKS the walk hands over a link's own attributes only when it cannot be followed.
                skip(file, IoErrors.brokenLink(file));
            } else if (rel.getNameCount() < 2) {
                skip(file, "not inside a class folder (expected <class>/<clip>)");
            } else {
                clips.add(new SourceClip(file, relative(root, file), rel.getName(0).toString()));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            boolean folder = exc instanceof FileSystemLoopException || Files.isDirectory(file);
            boolean ignored = folder ? !file.equals(root) && VideoFiles.isIgnoredFolder(name)
                    : !VideoFiles.isVideo(name);
            if (ignored) {
                return FileVisitResult.CONTINUE;
            }
            if (exc instanceof FileSystemLoopException) {
                skip(file, "symbolic link loop (leads back to a folder above it), not followed");
            } else if (exc instanceof AccessDeniedException) {
                skip(file, (folder ? "folder" : "file") + " not readable (permission denied)");
            } else {
                skip(file, "cannot be read (" + exc.getClass().getSimpleName() + ": " + exc.getMessage() + ")");
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
            if (exc != null) {
                skip(dir, "folder could not be read to the end (" + exc.getMessage() + ")");
            }
            return FileVisitResult.CONTINUE;
        }

        private void skip(Path file, String reason) {
            String path = file.equals(root) ? "." : relative(root, file);
            skipped.add(new FileProblem(path, reason));
        }
    }
}
