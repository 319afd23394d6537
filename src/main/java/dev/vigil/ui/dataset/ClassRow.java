package dev.vigil.ui.dataset;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A class of the dataset with its clip count and whether it counts as normal or as an anomaly. */
public final class ClassRow {

    private final String name;
    private final int clips;
    private final BooleanProperty anomalous;

    public ClassRow(String name, int clips, boolean anomalous) {
        this.name = name;
        this.clips = clips;
        this.anomalous = new SimpleBooleanProperty(this, "anomalous", anomalous);
    }

    public String name() {
        return name;
    }

    public int clips() {
        return clips;
    }

    public BooleanProperty anomalousProperty() {
        return anomalous;
    }

    /**
     * True when {@code shown} already lists these classes with these counts and ticks: rebuilding the rows would
     * drop the table's selection and scroll position for nothing.
     */
    static boolean showAlready(List<ClassRow> shown, List<String> names, Map<String, Integer> clips,
                               Set<String> anomalous) {
        if (shown.size() != names.size()) {
            return false;
        }
        for (int i = 0; i < names.size(); i++) {
            ClassRow row = shown.get(i);
            if (!row.name().equals(names.get(i)) || row.clips() != clips.getOrDefault(names.get(i), 0)
                    || row.anomalousProperty().get() != anomalous.contains(names.get(i))) {
                return false;
            }
        }
        return true;
    }
}
