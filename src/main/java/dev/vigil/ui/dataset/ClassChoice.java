package dev.vigil.ui.dataset;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The classes after grouping, with their clip counts, and which of them are marked anomalous. Ticking a class asks
 * for a new plan.
 */
final class ClassChoice {

    private final ObservableList<ClassRow> rows = FXCollections.observableArrayList();
    private final Set<String> anomalous = new TreeSet<>();
    private final Runnable changed;

    /** @param changed runs when a class is marked anomalous or normal */
    ClassChoice(Runnable changed) {
        this.changed = changed;
    }

    ObservableList<ClassRow> rows() {
        return rows;
    }

    /** The classes marked anomalous, sorted. */
    Set<String> anomalous() {
        return Collections.unmodifiableSet(anomalous);
    }

    /** Starts over with the classes a dataset labels anomalous itself. */
    void reset(Collection<String> labelled) {
        anomalous.clear();
        anomalous.addAll(labelled);
    }

    /** Marks a class anomalous or normal; a change asks for a new plan. */
    void mark(String className, boolean isAnomalous) {
        boolean change = isAnomalous ? anomalous.add(className) : anomalous.remove(className);
        if (change) {
            changed.run();
        }
    }

    /** Lists these classes with these counts, unless they are listed so already. */
    void show(List<String> names, Map<String, Integer> clips) {
        if (ClassRow.showAlready(rows, names, clips, anomalous)) {
            return;
        }
        List<ClassRow> next = new ArrayList<>();
        for (String name : names) {
            ClassRow row = new ClassRow(name, clips.getOrDefault(name, 0), anomalous.contains(name));
            row.anomalousProperty().addListener((obs, was, now) -> mark(name, now));
            next.add(row);
        }
        rows.setAll(next);
    }
}
