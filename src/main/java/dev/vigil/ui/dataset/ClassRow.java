package dev.vigil.ui.dataset;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

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
}
