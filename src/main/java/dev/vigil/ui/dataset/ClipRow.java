package dev.vigil.ui.dataset;

import dev.vigil.dataset.ClipOutcome;
import dev.vigil.dataset.ClipProbe;
import dev.vigil.dataset.SourceClip;
import dev.vigil.dataset.Split;
import dev.vigil.video.VideoInfo;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * One clip in the dataset table. What the import found is fixed; what probing learns, and the class, split and
 * status a preparation gives it, arrive later on the UI thread.
 */
public final class ClipRow {

    /** Where the clip stands: being probed, usable, not a usable video, or left out by the preparation. */
    public enum Status { PENDING, OK, PROBLEM, DROPPED }

    private final SourceClip clip;
    private final ReadOnlyStringWrapper className;
    private final ReadOnlyObjectWrapper<Split> split = new ReadOnlyObjectWrapper<>(this, "split");
    private final ReadOnlyBooleanWrapper anomaly = new ReadOnlyBooleanWrapper(this, "anomaly");
    private final ReadOnlyObjectWrapper<VideoInfo> info = new ReadOnlyObjectWrapper<>(this, "info");
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.PENDING);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private boolean unusable;

    /**
     * @param clip    what the import found
     * @param split   the split a prepared manifest gives it, or null
     * @param anomaly true when a prepared manifest labels it an anomaly
     */
    public ClipRow(SourceClip clip, Split split, boolean anomaly) {
        this.clip = clip;
        this.className = new ReadOnlyStringWrapper(this, "className", clip.sourceClass());
        this.split.set(split);
        this.anomaly.set(anomaly);
    }

    public String path() {
        return clip.path();
    }

    public Path file() {
        return clip.file();
    }

    public SourceClip sourceClip() {
        return clip;
    }

    /** The class after grouping (as found until a preparation groups it). */
    public ReadOnlyStringProperty classNameProperty() {
        return className.getReadOnlyProperty();
    }

    public String className() {
        return className.get();
    }

    /** The split, or null before a preparation gives one (and for dropped clips). */
    public ReadOnlyObjectProperty<Split> splitProperty() {
        return split.getReadOnlyProperty();
    }

    public Split split() {
        return split.get();
    }

    public String splitName() {
        return split.get() == null ? "—" : split.get().id();
    }

    public ReadOnlyBooleanProperty anomalyProperty() {
        return anomaly.getReadOnlyProperty();
    }

    public boolean anomaly() {
        return anomaly.get();
    }

    public ReadOnlyObjectProperty<VideoInfo> infoProperty() {
        return info.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the clip cannot be used or was left out, empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void probed(ClipProbe probe) {
        info.set(probe.info());
        unusable = !probe.readable();
        problem.set(unusable ? probe.problem() : "");
        status.set(unusable ? Status.PROBLEM : Status.OK);
    }

    /** Takes the class, split and status a preparation plan gives the clip. */
    void planned(ClipOutcome outcome) {
        className.set(outcome.className());
        anomaly.set(outcome.anomalous());
        split.set(outcome.split());
        if (!unusable) {
            problem.set(outcome.kept() ? "" : outcome.reason());
            status.set(outcome.kept() ? Status.OK : Status.DROPPED);
        }
    }

    /**
     * The rows the table shows: those whose path or class contains {@code search} (any case), and with
     * {@code problemsOnly} only those that are not usable or that the plan drops.
     */
    static Predicate<ClipRow> matching(String search, boolean problemsOnly) {
        String text = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
        return row -> (!problemsOnly || row.statusProperty().get() == Status.PROBLEM
                || row.statusProperty().get() == Status.DROPPED)
                && (text.isEmpty() || row.path().toLowerCase(Locale.ROOT).contains(text)
                || row.className().toLowerCase(Locale.ROOT).contains(text));
    }
}
