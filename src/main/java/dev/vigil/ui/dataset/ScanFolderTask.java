package dev.vigil.ui.dataset;

import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.ProgressListener;
import dev.vigil.progress.ProgressMeter;
import dev.vigil.ui.task.BackgroundTask;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lists the clips of a dataset folder laid out as {@code root/<class>/<clip>}: each sub-folder is a class, each
 * video file in it a clip. Files that are not videos by their extension are left out; hidden entries too.
 */
final class ScanFolderTask extends BackgroundTask<LoadedDataset> {

    static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "m4v", "mov", "avi", "mkv", "webm", "mpg", "mpeg",
            "wmv", "flv", "3gp", "ts", "mts", "ogv", "vob");

    private final Path root;

    ScanFolderTask(Path root) {
        super("Scan " + root.getFileName());
        this.root = root;
    }

    @Override
    protected LoadedDataset call(ProgressListener progress, CancellationToken cancellation) throws IOException {
        List<Path> classes;
        try (Stream<Path> entries = Files.list(root)) {
            classes = entries.filter(Files::isDirectory).filter(p -> !hidden(p)).sorted().toList();
        }
        if (classes.isEmpty()) {
            throw new IOException("folder " + root + ": no class sub-folders (expected " + root.getFileName()
                    + "/<class>/<clip>)");
        }
        ProgressMeter meter = new ProgressMeter("scan", classes.size(), progress);
        List<ClipRow> rows = new ArrayList<>();
        for (Path classFolder : classes) {
            cancellation.throwIfCancelled();
            String className = classFolder.getFileName().toString();
            try (Stream<Path> files = Files.list(classFolder)) {
                files.filter(Files::isRegularFile).filter(p -> !hidden(p)).filter(ScanFolderTask::isVideo).sorted()
                        .forEach(file -> rows.add(new ClipRow(relative(file), file, className, null, false)));
            }
            meter.advance(1, "Scanned class " + className);
        }
        if (rows.isEmpty()) {
            throw new IOException("folder " + root + ": no video files in its class sub-folders");
        }
        return new LoadedDataset(rows, null);
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    static boolean isVideo(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && VIDEO_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean hidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }
}
