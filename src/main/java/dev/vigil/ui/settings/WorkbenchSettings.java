package dev.vigil.ui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * What the workbench remembers between sessions.
 *
 * @param window         where the window was and how big, or null before the first close
 * @param lastFolder     the folder the last file chooser ended in, or null
 * @param recentRuns     run folders and long-video output folders opened or made, newest first
 * @param recentDatasets dataset folders and manifests opened, newest first
 * @param samplesShown   true once the bundled samples were opened on a first start
 * @param runsFolder     where new runs go, or null for the default
 * @param experiment     the model screen's settings as an experiment config tree, or null before the first change
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkbenchSettings(WindowBounds window, String lastFolder, List<String> recentRuns,
                                List<String> recentDatasets, boolean samplesShown, String runsFolder,
                                ObjectNode experiment) {

    public static final int MAX_RECENT = 10;

    public WorkbenchSettings {
        recentRuns = recentRuns == null ? List.of() : List.copyOf(recentRuns);
        recentDatasets = recentDatasets == null ? List.of() : List.copyOf(recentDatasets);
    }

    public static WorkbenchSettings defaults() {
        return new WorkbenchSettings(null, null, List.of(), List.of(), false, null, null);
    }

    public WorkbenchSettings withWindow(WindowBounds bounds) {
        return new WorkbenchSettings(bounds, lastFolder, recentRuns, recentDatasets, samplesShown, runsFolder,
                experiment);
    }

    public WorkbenchSettings withLastFolder(String folder) {
        return new WorkbenchSettings(window, folder, recentRuns, recentDatasets, samplesShown, runsFolder, experiment);
    }

    public WorkbenchSettings withRecentRun(String run) {
        return new WorkbenchSettings(window, lastFolder, pushFront(recentRuns, run), recentDatasets, samplesShown,
                runsFolder, experiment);
    }

    public WorkbenchSettings withRecentDataset(String dataset) {
        return new WorkbenchSettings(window, lastFolder, recentRuns, pushFront(recentDatasets, dataset), samplesShown,
                runsFolder, experiment);
    }

    public WorkbenchSettings withSamplesShown() {
        return new WorkbenchSettings(window, lastFolder, recentRuns, recentDatasets, true, runsFolder, experiment);
    }

    public WorkbenchSettings withRunsFolder(String folder) {
        return new WorkbenchSettings(window, lastFolder, recentRuns, recentDatasets, samplesShown, folder, experiment);
    }

    public WorkbenchSettings withExperiment(ObjectNode tree) {
        return new WorkbenchSettings(window, lastFolder, recentRuns, recentDatasets, samplesShown, runsFolder, tree);
    }

    /** A run folder that is no more (deleted, moved) leaves the recent list. */
    public WorkbenchSettings withoutRecentRun(String run) {
        List<String> rest = new ArrayList<>(recentRuns);
        rest.remove(run);
        return new WorkbenchSettings(window, lastFolder, rest, recentDatasets, samplesShown, runsFolder, experiment);
    }

    private static List<String> pushFront(List<String> list, String item) {
        List<String> result = new ArrayList<>(list);
        result.remove(item);
        result.add(0, item);
        return result.subList(0, Math.min(MAX_RECENT, result.size()));
    }

    /** Window position and size in screen coordinates. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }
}
