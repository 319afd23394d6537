package dev.vigil.ui.results;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.vigil.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the workbench remembers of a run: the detector last shown and the threshold chosen for each detector. It lives
 * beside the run's own files in {@code ui-state.json}, written atomically; the run's config, scores and report are
 * never touched, so the run stays exactly as it was made.
 *
 * @param detector   the detector shown last, or null
 * @param thresholds chosen threshold per detector id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunUiState(String detector, Map<String, Double> thresholds) {

    public static final String FILE = "ui-state.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public RunUiState {
        thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
    }

    public static RunUiState empty() {
        return new RunUiState(null, Map.of());
    }

    public RunUiState with(String shown, String id, double threshold) {
        Map<String, Double> next = new LinkedHashMap<>(thresholds);
        next.put(id, threshold);
        return new RunUiState(shown, next);
    }

    /** The state of a run; a missing file is the empty state. */
    public static RunUiState read(Path runDir) throws IOException {
        Path file = runDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            RunUiState state = JSON.readValue(file.toFile(), RunUiState.class);
            return state == null ? empty() : state;
        } catch (IOException e) {
            throw new IOException("workbench state " + file + ": " + e.getMessage(), e);
        }
    }

    public void write(Path runDir) throws IOException {
        AtomicFiles.write(runDir.resolve(FILE), out -> JSON.writeValue(out, this));
    }
}
