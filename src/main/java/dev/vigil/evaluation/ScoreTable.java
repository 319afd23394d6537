package dev.vigil.evaluation;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Split;
import dev.vigil.io.AtomicFiles;
import dev.vigil.io.Csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The score of every clip by every detector: {@code scores.csv} with the columns
 * {@code path,class,split,label,view} and one column per detector (its id). Immutable; {@link #with} adds a column.
 * A missing score (a clip a detector could not score) is an empty cell, read back as NaN.
 */
public final class ScoreTable {

    public static final String FILE_NAME = "scores.csv";
    static final List<String> CLIP_COLUMNS = List.of("path", "class", "split", "label", "view");

    private final List<Clip> clips;
    private final Map<String, double[]> columns;

    public ScoreTable(List<Clip> clips) {
        this(List.copyOf(clips), new LinkedHashMap<>());
    }

    private ScoreTable(List<Clip> clips, Map<String, double[]> columns) {
        this.clips = clips;
        this.columns = columns;
    }

    /** A table with one more column (or a replaced one): the scores of a detector, one per clip, in clip order. */
    public ScoreTable with(String detector, double[] scores) {
        if (detector == null || detector.isBlank() || CLIP_COLUMNS.contains(detector.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("'" + detector + "' cannot name a score column (reserved: "
                    + String.join(", ", CLIP_COLUMNS) + ")");
        }
        if (scores.length != clips.size()) {
            throw new IllegalArgumentException(detector + ": " + scores.length + " scores for " + clips.size()
                    + " clips");
        }
        Map<String, double[]> copy = new LinkedHashMap<>(columns);
        copy.put(detector, scores.clone());
        return new ScoreTable(clips, copy);
    }

    public List<Clip> clips() {
        return clips;
    }

    public int size() {
        return clips.size();
    }

    /** Detector ids, in column order. */
    public List<String> detectors() {
        return List.copyOf(columns.keySet());
    }

    public boolean has(String detector) {
        return columns.containsKey(detector);
    }

    /** A copy of a detector's scores, in clip order. */
    public double[] scores(String detector) {
        double[] values = columns.get(detector);
        if (values == null) {
            throw new IllegalArgumentException("no scores for detector '" + detector + "' (the table has: "
                    + String.join(", ", columns.keySet()) + ")");
        }
        return values.clone();
    }

    /** Writes {@code scores.csv} atomically. */
    public void write(Path file) throws IOException {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(CLIP_COLUMNS);
        header.addAll(columns.keySet());
        out.append(Csv.line(header));
        for (int i = 0; i < clips.size(); i++) {
            Clip clip = clips.get(i);
            List<String> row = new ArrayList<>(List.of(clip.path(), clip.className(), clip.split().id(),
                    Integer.toString(clip.label()), Integer.toString(clip.view())));
            for (double[] values : columns.values()) {
                row.add(Double.isNaN(values[i]) ? "" : Double.toString(values[i]));
            }
            out.append(Csv.line(row));
        }
        AtomicFiles.writeString(file, out.toString());
    }

    /** Reads a table written by {@link #write}; errors name the file, the line and the reason. */
    public static ScoreTable read(Path file) throws IOException {
        List<List<String>> rows = Csv.read(file);
        if (rows.isEmpty()) {
            throw new IOException("scores " + file + ": empty file");
        }
        List<String> header = rows.get(0).stream().map(String::trim).toList();
        if (header.size() < CLIP_COLUMNS.size()
                || !header.subList(0, CLIP_COLUMNS.size()).stream().map(h -> h.toLowerCase(Locale.ROOT)).toList()
                .equals(CLIP_COLUMNS)) {
            throw new IOException("scores " + file + ": header must start with " + String.join(",", CLIP_COLUMNS));
        }
        List<String> detectors = header.subList(CLIP_COLUMNS.size(), header.size());
        List<Clip> clips = new ArrayList<>();
        double[][] values = new double[detectors.size()][rows.size() - 1];
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            try {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException(row.size() + " columns, the header has " + header.size());
                }
                clips.add(new Clip(row.get(0), Integer.parseInt(row.get(3).trim()), row.get(1),
                        Split.parse(row.get(2)), Integer.parseInt(row.get(4).trim())));
                for (int d = 0; d < detectors.size(); d++) {
                    String cell = row.get(CLIP_COLUMNS.size() + d).trim();
                    values[d][r - 1] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
                }
            } catch (IllegalArgumentException e) {
                throw new IOException("scores " + file + " line " + (r + 1) + ": " + e.getMessage(), e);
            }
        }
        ScoreTable table = new ScoreTable(clips);
        for (int d = 0; d < detectors.size(); d++) {
            table = table.with(detectors.get(d), values[d]);
        }
        return table;
    }
}
