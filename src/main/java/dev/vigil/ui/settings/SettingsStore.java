package dev.vigil.ui.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.vigil.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps {@link WorkbenchSettings} as JSON in {@code ~/.vigil/settings.json} (or the file named by
 * {@code -Dvigil.settings}). A missing or unreadable file gives the defaults: losing window placement must never
 * stop the workbench from starting.
 */
public final class SettingsStore {

    public static final String PROPERTY = "vigil.settings";

    private final Path file;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private String lastProblem;

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The store of this user: {@code -Dvigil.settings}, else {@code ~/.vigil/settings.json}. */
    public static SettingsStore forUser() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return new SettingsStore(Path.of(property));
        }
        return new SettingsStore(Path.of(System.getProperty("user.home"), ".vigil", "settings.json"));
    }

    public Path file() {
        return file;
    }

    public WorkbenchSettings load() {
        if (!Files.isRegularFile(file)) {
            return WorkbenchSettings.defaults();
        }
        try {
            WorkbenchSettings settings = json.readValue(file.toFile(), WorkbenchSettings.class);
            return settings == null ? WorkbenchSettings.defaults() : settings;
        } catch (JsonProcessingException e) {
            lastProblem = "settings " + file + ": not valid settings, using defaults (" + e.getOriginalMessage() + ")";
            return WorkbenchSettings.defaults();
        } catch (IOException e) {
            lastProblem = "settings " + file + ": unreadable, using defaults (" + e.getMessage() + ")";
            return WorkbenchSettings.defaults();
        }
    }

    /** Writes atomically, so a crash mid-write leaves the previous settings. */
    public void save(WorkbenchSettings settings) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.writeString(file, json.writeValueAsString(settings));
    }

    /** Why the last {@link #load()} fell back to defaults, or null. */
    public String lastProblem() {
        return lastProblem;
    }
}
