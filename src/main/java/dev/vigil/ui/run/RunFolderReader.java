package dev.vigil.ui.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.dataset.Split;
import dev.vigil.io.Csv;
import dev.vigil.ui.results.ScoredClip;
import dev.vigil.ui.training.EpochPoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a run folder for display: {@code history.csv} (epoch, learning rate, train loss, val loss),
 * {@code scores.csv} (path, class, split, label, one column per detector) and the threshold in {@code report.json}.
 * Columns are found by name, so extra columns do no harm. Clip paths resolve against the dataset named in
 * {@code config.json} when it names one, else against {@code datasetRoot}.
 */
public final class RunFolderReader {

    private static final List<String> CLIP_COLUMNS = List.of("path", "class", "split", "label", "view", "key");

    private RunFolderReader() {
    }

    /** True when the folder looks like a run (has scores or a history). */
    public static boolean isRun(Path folder) {
        return Files.isRegularFile(folder.resolve("scores.csv")) || Files.isRegularFile(folder.resolve("history.csv"));
    }

    public static RunContents read(Path folder, Path datasetRoot) throws IOException {
        if (!isRun(folder)) {
            throw new IOException("run " + folder + ": no scores.csv or history.csv (is this a run folder?)");
        }
        Path root = datasetRootOf(folder, datasetRoot);
        List<EpochPoint> history = Files.isRegularFile(folder.resolve("history.csv"))
                ? history(folder.resolve("history.csv")) : List.of();
        Map<String, List<ScoredClip>> detectors = Files.isRegularFile(folder.resolve("scores.csv"))
                ? scores(folder.resolve("scores.csv"), root) : Map.of();
        return new RunContents(folder, history, detectors, threshold(folder.resolve("report.json")));
    }

    static List<EpochPoint> history(Path file) throws IOException {
        List<List<String>> rows = Csv.read(file);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = lower(rows.get(0));
        int epoch = find(header, "epoch");
        int rate = find(header, "lr", "learning");
        int train = find(header, "train");
        int val = find(header, "val");
        if (epoch < 0 || train < 0) {
            throw new IOException("history " + file + ": needs 'epoch' and 'train loss' columns, found " + rows.get(0));
        }
        List<EpochPoint> points = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            try {
                points.add(new EpochPoint((int) Double.parseDouble(row.get(epoch).trim()), number(row, rate),
                        number(row, train), number(row, val)));
            } catch (RuntimeException e) {
                throw new IOException("history " + file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return points;
    }

    static Map<String, List<ScoredClip>> scores(Path file, Path root) throws IOException {
        List<List<String>> rows = Csv.read(file);
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<String> header = lower(rows.get(0));
        int path = header.indexOf("path");
        int cls = header.indexOf("class");
        int split = header.indexOf("split");
        int label = header.indexOf("label");
        if (path < 0 || cls < 0 || split < 0 || label < 0) {
            throw new IOException("scores " + file + ": needs path, class, split and label columns, found " + rows.get(0));
        }
        Map<String, List<ScoredClip>> detectors = new LinkedHashMap<>();
        for (int column = 0; column < header.size(); column++) {
            if (!CLIP_COLUMNS.contains(header.get(column))) {
                detectors.put(rows.get(0).get(column).trim(), new ArrayList<>());
            }
        }
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            try {
                String clipPath = row.get(path).trim();
                Split clipSplit = Split.parse(row.get(split));
                boolean anomaly = Integer.parseInt(row.get(label).trim()) == 1;
                for (int column = 0; column < header.size(); column++) {
                    if (!CLIP_COLUMNS.contains(header.get(column))) {
                        detectors.get(rows.get(0).get(column).trim()).add(new ScoredClip(clipPath,
                                root.resolve(clipPath), row.get(cls).trim(), clipSplit, anomaly, number(row, column)));
                    }
                }
            } catch (RuntimeException e) {
                throw new IOException("scores " + file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return detectors;
    }

    private static Path datasetRootOf(Path folder, Path fallback) {
        Path config = folder.resolve("config.json");
        if (Files.isRegularFile(config)) {
            try {
                JsonNode json = new ObjectMapper().readTree(config.toFile());
                for (String key : List.of("manifest", "dataset", "datasetRoot", "dataset_root")) {
                    JsonNode value = json.findValue(key);
                    if (value != null && value.isTextual()) {
                        Path named = folder.resolve(value.asText());
                        return Files.isRegularFile(named) ? named.toAbsolutePath().getParent() : named;
                    }
                }
            } catch (IOException e) {
                // an unreadable config only costs the clip paths; the scores still show
            }
        }
        return fallback != null ? fallback : folder;
    }

    private static double threshold(Path report) {
        if (!Files.isRegularFile(report)) {
            return Double.NaN;
        }
        try {
            JsonNode value = new ObjectMapper().readTree(report.toFile()).findValue("threshold");
            return value != null && value.isNumber() ? value.asDouble() : Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    private static List<String> lower(List<String> header) {
        return header.stream().map(h -> h.trim().toLowerCase(Locale.ROOT).replace('_', ' ')).toList();
    }

    private static int find(List<String> header, String... keys) {
        for (String key : keys) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).contains(key)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static double number(List<String> row, int column) {
        if (column < 0 || column >= row.size() || row.get(column).isBlank()) {
            return Double.NaN;
        }
        return Double.parseDouble(row.get(column).trim());
    }
}
