package dev.vigil.timeline;

import dev.vigil.dataset.VideoFiles;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The videos of a folder of long recordings: every file with a video extension in it or below it, no class folders
 * needed, sorted by name. Hidden files and the folders operating systems leave behind are passed over, as in a
 * dataset import; a sub-folder that cannot be read is reported and passed over.
 *
 * @param videos the videos found
 * @param issues what could not be looked at, with the reason
 */
public record VideoFolder(List<VideoEntry> videos, List<VideoIssue> issues) {

    public VideoFolder {
        videos = List.copyOf(videos);
        issues = List.copyOf(issues);
    }

    /** The videos below {@code dir}; an error names the folder and the reason when the folder itself is unusable. */
    public static VideoFolder list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("folder " + dir + " " + (Files.exists(dir) ? "is not a folder" : "does not exist"));
        }
        List<VideoEntry> videos = new ArrayList<>();
        List<VideoIssue> issues = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) {
                return !folder.equals(dir) && VideoFiles.isIgnoredFolder(folder.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (VideoFiles.isVideo(file.getFileName().toString())) {
                    videos.add(new VideoEntry(name(dir, file), file));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (file.equals(dir)) {
                    return FileVisitResult.TERMINATE;
                }
                issues.add(new VideoIssue(name(dir, file), "cannot be read (" + e.getClass().getSimpleName() + ")"));
                return FileVisitResult.CONTINUE;
            }
        });
        videos.sort(Comparator.comparing(VideoEntry::name));
        return new VideoFolder(videos, issues);
    }

    private static String name(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
