package dev.vigil.ui.dataset;

import dev.vigil.dataset.Split;
import dev.vigil.video.VideoInfo;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;

/**
 * One clip in the dataset table. What the manifest or folder says is fixed; what probing learns arrives later,
 * on the UI thread, through {@link #probed} or {@link #failed}.
 */
public final class ClipRow {

    /** Where probing of the clip stands. */
    public enum Status { PENDING, OK, PROBLEM }

    private final String path;
    private final Path file;
    private final String className;
    private final Split split;
    private final boolean anomaly;
    private final ReadOnlyObjectWrapper<VideoInfo> info = new ReadOnlyObjectWrapper<>(this, "info");
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.PENDING);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /**
     * @param path      path relative to the dataset root, with forward slashes
     * @param file      the clip's file
     * @param className its class
     * @param split     its split, or null before the dataset is prepared
     * @param anomaly   true when the manifest labels it an anomaly
     */
    public ClipRow(String path, Path file, String className, Split split, boolean anomaly) {
        this.path = path;
        this.file = file;
        this.className = className;
        this.split = split;
        this.anomaly = anomaly;
    }

    public String path() {
        return path;
    }

    public Path file() {
        return file;
    }

    public String className() {
        return className;
    }

    /** The split, or null before preparation. */
    public Split split() {
        return split;
    }

    public String splitName() {
        return split == null ? "—" : split.id();
    }

    public boolean anomaly() {
        return anomaly;
    }

    public ReadOnlyObjectProperty<VideoInfo> infoProperty() {
        return info.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the clip cannot be used, empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void probed(VideoInfo probed) {
        info.set(probed);
        status.set(Status.OK);
    }

    void failed(String reason) {
        problem.set(reason);
        status.set(Status.PROBLEM);
    }
}
