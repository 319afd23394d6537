package dev.vigil.ui.review;

import dev.vigil.ui.common.Numbers;
import dev.vigil.ui.player.PlayerViewModel;
import dev.vigil.ui.results.ScoredClip;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The review screen: a list of clips (all, or only the flagged ones), the selected clip's class, split, score and
 * verdict, the player on it, and next/previous flagged clip. A clip has one score, so its player shows no anomaly
 * timeline; long videos, scored frame by frame, are the screen's other mode ({@link ReviewMode}).
 */
public final class ReviewViewModel implements AutoCloseable {

    private final ObservableList<ScoredClip> clips = FXCollections.observableArrayList();
    private final FilteredList<ScoredClip> visible = new FilteredList<>(clips);
    private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", Double.NaN);
    private final BooleanProperty flaggedOnly = new SimpleBooleanProperty(this, "flaggedOnly");
    private final ObjectProperty<ScoredClip> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty detector = new SimpleStringProperty(this, "detector", "—");
    private final ObjectProperty<ReviewMode> mode = new SimpleObjectProperty<>(this, "mode", ReviewMode.CLIPS);
    private final PlayerViewModel player;
    private final StringBinding className;
    private final StringBinding split;
    private final StringBinding score;
    private final StringBinding verdict;
    private final BooleanBinding hasNextFlagged;
    private final BooleanBinding hasPreviousFlagged;

    public ReviewViewModel(Executor uiThread) {
        player = new PlayerViewModel(uiThread);
        className = text(ScoredClip::className);
        split = text(ScoredClip::splitName);
        score = text(clip -> Numbers.compact(clip.score()));
        verdict = Bindings.createStringBinding(() -> selected.get() == null ? "—"
                : selected.get().verdict(threshold.get()), selected, threshold);
        hasNextFlagged = Bindings.createBooleanBinding(() -> flaggedAfter(+1) != null, selected, threshold, clips);
        hasPreviousFlagged = Bindings.createBooleanBinding(() -> flaggedAfter(-1) != null, selected, threshold, clips);
        flaggedOnly.addListener(obs -> refilter());
        threshold.addListener(obs -> {
            if (flaggedOnly.get()) {
                refilter();
            }
        });
        selected.addListener((obs, old, now) -> {
            // the same clip with another detector's score keeps playing where it is
            if (now == null || old == null || !now.file().equals(old.file())) {
                player.open(now == null ? null : now.file());
            }
        });
    }

    private StringBinding text(Function<ScoredClip, String> value) {
        return Bindings.createStringBinding(() -> selected.get() == null ? "—" : value.apply(selected.get()), selected);
    }

    // Properties

    public ObservableList<ScoredClip> clips() {
        return clips;
    }

    /** The list as shown: all clips, or the flagged ones. */
    public ObservableList<ScoredClip> visibleClips() {
        return visible;
    }

    /** The results' threshold; NaN when there are no scores. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    public BooleanProperty flaggedOnlyProperty() {
        return flaggedOnly;
    }

    public ObjectProperty<ScoredClip> selectedProperty() {
        return selected;
    }

    /** Which detector the scores and verdicts are of. */
    public StringProperty detectorProperty() {
        return detector;
    }

    /** Clips, or long videos. */
    public ObjectProperty<ReviewMode> modeProperty() {
        return mode;
    }

    public PlayerViewModel player() {
        return player;
    }

    public StringBinding classNameProperty() {
        return className;
    }

    public StringBinding splitProperty() {
        return split;
    }

    public StringBinding scoreProperty() {
        return score;
    }

    public StringBinding verdictProperty() {
        return verdict;
    }

    public BooleanBinding hasNextFlaggedProperty() {
        return hasNextFlagged;
    }

    public BooleanBinding hasPreviousFlaggedProperty() {
        return hasPreviousFlagged;
    }

    // Commands

    /**
     * Shows these clips, keeping the selected clip when it is among them: the same clip scored by another detector
     * stays selected (with its new score), and the player keeps its place.
     */
    public void setClips(List<ScoredClip> shown) {
        ScoredClip keep = selected.get();
        clips.setAll(shown);
        if (keep != null && !clips.contains(keep)) {
            selected.set(clips.stream().filter(c -> c.path().equals(keep.path()) && c.file().equals(keep.file()))
                    .findFirst().orElse(null));
        }
    }

    public void nextFlagged() {
        ScoredClip next = flaggedAfter(+1);
        if (next != null) {
            selected.set(next);
        }
    }

    public void previousFlagged() {
        ScoredClip previous = flaggedAfter(-1);
        if (previous != null) {
            selected.set(previous);
        }
    }

    private ScoredClip flaggedAfter(int direction) {
        if (Double.isNaN(threshold.get())) {
            return null;
        }
        int start = selected.get() == null ? (direction > 0 ? -1 : clips.size()) : clips.indexOf(selected.get());
        for (int i = start + direction; i >= 0 && i < clips.size(); i += direction) {
            if (clips.get(i).flaggedAt(threshold.get())) {
                return clips.get(i);
            }
        }
        return null;
    }

    private void refilter() {
        double at = threshold.get();
        boolean only = flaggedOnly.get();
        visible.setPredicate(only ? clip -> clip.flaggedAt(at) : null);
    }

    @Override
    public void close() {
        player.close();
    }
}
