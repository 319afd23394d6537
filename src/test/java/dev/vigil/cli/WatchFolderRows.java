package dev.vigil.cli;

import dev.vigil.io.Csv;
import dev.vigil.live.WatchFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The rows of a watch folder's files, as a reviewer would read them. */
final class WatchFolderRows {

    private WatchFolderRows() {
    }

    /** Every row of the hourly frame-score files, oldest first, without their headers. */
    static List<List<String>> frameScores(Path watch) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(watch.resolve(WatchFiles.FRAME_SCORES))) {
            for (Path file : files.sorted().toList()) {
                List<List<String>> all = Csv.read(file);
                rows.addAll(all.subList(1, all.size()));
            }
        }
        return rows;
    }

    /** The rows of events.csv without the header. */
    static List<List<String>> events(Path watch) throws IOException {
        Path file = watch.resolve(WatchFiles.EVENTS_CSV);
        if (!Files.exists(file)) {
            return List.of();
        }
        List<List<String>> all = Csv.read(file);
        return all.subList(1, all.size());
    }
}
