package dev.vigil.dataset;

import dev.vigil.io.AtomicFiles;
import dev.vigil.io.Csv;
import dev.vigil.io.IoErrors;

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
    /** A column's whole number, or a reason that names the column, the value and what is allowed. */
    private static int wholeNumber(String column, String text, String allowed) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " must be " + allowed + ", got \"" + text.trim() + "\"");
        }
    }

    public static Dataset read(Path manifest) throws IOException {
        List<List<String>> rows;
        try {
            rows = Csv.read(manifest);
        } catch (IOException e) {
            throw new IOException("manifest " + IoErrors.describe(e), e);
        }
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
                int labelValue = wholeNumber("label", cell(row, label), "0 (normal) or 1 (anomaly)");
                int viewValue = view >= 0 && !cell(row, view).isBlank()
                        ? wholeNumber("view", cell(row, view), "0 for the clip, k > 0 for its k-th augmented view") : 0;
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
