package dev.vigil.ui.longvideo;

import dev.vigil.timeline.FlaggedSegment;
import dev.vigil.timeline.FrameRange;
import dev.vigil.timeline.folder.TimelineResult;
import dev.vigil.timeline.VideoTimeline;
import dev.vigil.ui.player.PlayerViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The review of long videos: the videos of a timeline output folder with their peak score and flagged segments, the
 * selected one in the player with its anomaly timeline, a threshold to move (segments are cut again by the core's
 * rules at each value), next and previous flagged segment, and the frame-level measures when the run had ground
 * truth (AUROC does not depend on the threshold; event hits are counted again at each value when the folder kept the
 * events).
 */
public final class LongVideoReviewViewModel implements AutoCloseable {

    private final ReadOnlyObjectWrapper<TimelineResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<VideoTimeline> videos = FXCollections.observableArrayList();
    private final ObjectProperty<VideoTimeline> selected = new SimpleObjectProperty<>(this, "selected");
    private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", 0);
    private final ReadOnlyDoubleWrapper lowest = new ReadOnlyDoubleWrapper(this, "lowest", 0);
    private final ReadOnlyDoubleWrapper highest = new ReadOnlyDoubleWrapper(this, "highest", 1);
    private final ReadOnlyObjectWrapper<List<FlaggedSegment>> segments =
            new ReadOnlyObjectWrapper<>(this, "segments", List.of());
    private final PlayerViewModel player;
    /** Segments per video at the current threshold, cut on demand: the list shows every video's count. */
    private final Map<String, List<FlaggedSegment>> cut = new HashMap<>();
    private final StringBinding selectedFacts;
    private final StringBinding frameAuroc;
    private final StringBinding videoAuroc;
    private final StringBinding events;
    private final StringBinding thresholdNote;
    private final BooleanBinding hasNext;
    private final BooleanBinding hasPrevious;
    private final BooleanProperty showWhere = new SimpleBooleanProperty(this, "showWhere", true);
    private final ObjectBinding<WhereInFrame> where;
    /** Where the player starts in the next selected video: a jump to another video's segment sets it. */
    private long openAt;
    private final SegmentSteps steps = new SegmentSteps(videos, this::segmentsOf);

    public LongVideoReviewViewModel(Executor uiThread) {
        player = new PlayerViewModel(uiThread);
        threshold.addListener(obs -> recut());
        selected.addListener((obs, old, now) -> {
            player.open(now == null ? null : now.file(), openAt);
            openAt = 0;
            segments.set(now == null ? List.of() : segmentsOf(now));
        });
        selectedFacts = Bindings.createStringBinding(() -> LongVideoFacts.selected(selected.get(), segments.get()),
                selected, segments);
        frameAuroc = Bindings.createStringBinding(() -> LongVideoFacts.frameAuroc(result.get()), result);
        videoAuroc = Bindings.createStringBinding(() -> LongVideoFacts.videoAuroc(result.get(), selected.get()),
                result, selected);
        events = Bindings.createStringBinding(() -> LongVideoFacts.events(result.get(), threshold.get()), result,
                threshold);
        thresholdNote = Bindings.createStringBinding(() -> LongVideoFacts.thresholdNote(result.get(),
                threshold.get()), result, threshold);
        hasNext = Bindings.createBooleanBinding(() -> segmentAfter() != null, selected, segments, videos, threshold,
                player.positionProperty());
        hasPrevious = Bindings.createBooleanBinding(() -> segmentBefore() != null, selected, segments, videos,
                threshold, player.positionProperty());
        where = Bindings.createObjectBinding(() -> !showWhere.get() ? null : WhereInFrame.of(selected.get(),
                player.positionProperty().get(), threshold.get()).orElse(null), showWhere, selected, threshold,
                player.positionProperty());
    }

    /** Whether the player draws where a flagged frame was unusual (the heatmap and the box); on by default. */
    public BooleanProperty showWhereProperty() {
        return showWhere;
    }

    /** What the player draws over the frame on screen now; null when nothing (calm frame, no maps, switched off). */
    public ObjectBinding<WhereInFrame> whereProperty() {
        return where;
    }

    // Properties

    /** The output folder shown, or null. */
    public ReadOnlyObjectProperty<TimelineResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The scored videos, in name order. */
    public ObservableList<VideoTimeline> videos() {
        return videos;
    }

    public ObjectProperty<VideoTimeline> selectedProperty() {
        return selected;
    }

    /** Frames scoring at or above it are flagged; starts at the run's threshold. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    /** The lowest frame score of all videos (or the run's threshold if lower): the slider's left end. */
    public ReadOnlyDoubleProperty lowestProperty() {
        return lowest.getReadOnlyProperty();
    }

    /** The highest frame score of all videos (or the run's threshold if higher): the slider's right end. */
    public ReadOnlyDoubleProperty highestProperty() {
        return highest.getReadOnlyProperty();
    }

    /** The selected video's flagged segments at the threshold, cut by the run's segment rules. */
    public ReadOnlyObjectProperty<List<FlaggedSegment>> segmentsProperty() {
        return segments.getReadOnlyProperty();
    }

    public PlayerViewModel player() {
        return player;
    }

    /** "400 frames at 25 fps (00:16.00) · peak 812.4 at 00:07.12 · 1 flagged segment, 4.2 s". */
    public StringBinding selectedFactsProperty() {
        return selectedFacts;
    }

    /** The micro-averaged frame-level AUROC over all frames, or "no ground truth". */
    public StringBinding frameAurocProperty() {
        return frameAuroc;
    }

    /** The selected video's AUROC on its own frames and the mean over videos, or why it is undefined. */
    public StringBinding videoAurocProperty() {
        return videoAuroc;
    }

    /** Events hit and false alarms at the threshold. */
    public StringBinding eventsProperty() {
        return events;
    }

    /** Where the threshold comes from. */
    public StringBinding thresholdNoteProperty() {
        return thresholdNote;
    }

    public BooleanBinding hasNextSegmentProperty() {
        return hasNext;
    }

    public BooleanBinding hasPreviousSegmentProperty() {
        return hasPrevious;
    }

    /** The ground-truth events of a video, empty when none are known. */
    public List<FrameRange> eventsOf(VideoTimeline video) {
        return result.get() == null || video == null ? List.of() : result.get().eventsOf(video.name());
    }

    /** A video's flagged segments at the current threshold. */
    public List<FlaggedSegment> segmentsOf(VideoTimeline video) {
        TimelineResult shown = result.get();
        if (shown == null) {
            return List.of();
        }
        return cut.computeIfAbsent(video.name(), name -> video.segmentsAt(threshold.get(), shown.segmentRules()));
    }

    // Commands

    /** Shows an output folder at its own threshold and selects its first video. */
    public void show(TimelineResult shown) {
        selected.set(null);
        result.set(shown);
        double[] range = LongVideoFacts.scoreRange(shown);
        lowest.set(range[0]);
        highest.set(range[1]);
        cut.clear();
        threshold.set(shown.threshold());
        videos.setAll(shown.videos());
        selected.set(videos.isEmpty() ? null : videos.get(0));
    }

    /** Back to the threshold the run chose. */
    public void resetThreshold() {
        if (result.get() != null) {
            threshold.set(result.get().threshold());
        }
    }

    /**
     * Seeks to the start of the next flagged segment of the selected video or, past its last one, selects the next
     * video that has one and opens it at its first.
     */
    public void nextSegment() {
        jump(segmentAfter());
    }

    /**
     * Seeks to the start of the segment before the position (or of the one it is in, past its start) or, before the
     * selected video's first one, selects the previous video that has one and opens it at its last.
     */
    public void previousSegment() {
        jump(segmentBefore());
    }

    private void jump(SegmentSteps.Jump to) {
        if (to == null) {
            return;
        }
        if (to.video() == selected.get()) {
            player.seek(to.segment().first());
        } else {
            openAt = to.segment().first();
            selected.set(to.video());
        }
    }

    private long position() {
        return Math.max(0, player.positionProperty().get());
    }

    private SegmentSteps.Jump segmentAfter() {
        return steps.after(selected.get(), player.positionProperty().get());
    }

    private SegmentSteps.Jump segmentBefore() {
        return steps.before(selected.get(), position());
    }

    private void recut() {
        cut.clear();
        VideoTimeline video = selected.get();
        segments.set(video == null ? List.of() : segmentsOf(video));
    }

    @Override
    public void close() {
        player.close();
    }
}
