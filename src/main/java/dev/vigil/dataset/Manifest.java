package dev.vigil.dataset;

import dev.vigil.io.AtomicFiles;
import dev.vigil.io.Csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code manifest.csv}: {@code path,label,class,split} with paths relative to the manifest's folder, and an optional
 * fifth column {@code view} for augmented views.
 */
public final class Manifest {

    public static final String FILE_NAME = "manifest.csv";
    private static final List<String> HEADER = List.of("path", "label", "class", "split");

    private Manifest() {
    }

    /** Reads a manifest; clip paths resolve against the manifest's folder. */
    public static Dataset read(Path manifest) throws IOException {
        List<List<String>> rows = Csv.read(manifest);
        if (rows.isEmpty()) {
            throw new IOException("manifest " + manifest + ": empty file");
        }
        List<String> header = rows.get(0).stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
        int path = column(manifest, header, "path");
        int label = column(manifest, header, "label");
        int cls = column(manifest, header, "class");
        int split = column(manifest, header, "split");
        int view = header.indexOf("view");
        List<Clip> clips = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            int line = i + 1;
            try {
                int labelValue = Integer.parseInt(cell(row, label).trim());
                int viewValue = view >= 0 && !cell(row, view).isBlank() ? Integer.parseInt(cell(row, view).trim()) : 0;
                String clipPath = cell(row, path).trim().replace('\\', '/');
                if (clipPath.isEmpty()) {
                    throw new IllegalArgumentException("empty path");
                }
                clips.add(new Clip(clipPath, labelValue, cell(row, cls).trim(), Split.parse(cell(row, split)),
                        viewValue));
            } catch (IllegalArgumentException e) {
                throw new IOException("manifest " + manifest + " line " + line + ": " + e.getMessage(), e);
            }
        }
        Path parent = manifest.toAbsolutePath().getParent();
        return new Dataset(parent, clips);
    }

    /** Writes a manifest atomically; the view column is written only when some clip is an augmented view. */
    public static void write(Path manifest, List<Clip> clips) throws IOException {
        boolean views = clips.stream().anyMatch(c -> c.view() > 0);
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(HEADER);
        if (views) {
            header.add("view");
        }
        out.append(Csv.line(header));
        for (Clip clip : clips) {
            List<String> row = new ArrayList<>(List.of(clip.path(), Integer.toString(clip.label()), clip.className(),
                    clip.split().id()));
            if (views) {
                row.add(Integer.toString(clip.view()));
            }
            out.append(Csv.line(row));
        }
        AtomicFiles.writeString(manifest, out.toString());
    }

    private static int column(Path manifest, List<String> header, String name) throws IOException {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IOException("manifest " + manifest + ": no '" + name + "' column (expected header "
                    + String.join(",", HEADER) + ")");
        }
        return index;
    }

    private static String cell(List<String> row, int index) {
        if (index >= row.size()) {
            throw new IllegalArgumentException("expected at least " + (index + 1) + " columns, got " + row.size());
        }
        return row.get(index);
    }
}
