package dev.vigil.ui.longvideo;

import dev.vigil.timeline.EventCounts;
import dev.vigil.timeline.FlaggedSegment;
import dev.vigil.timeline.FrameRange;
import dev.vigil.timeline.VideoAuroc;
import dev.vigil.timeline.VideoTimeline;
import dev.vigil.timeline.folder.TimelineResult;
import dev.vigil.ui.common.Numbers;
import dev.vigil.ui.player.PlayerModel;
import dev.vigil.ui.player.TimeText;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The review of long videos: the videos of a timeline output folder with their peak score and flagged segments, the
 * selected one in the player with its anomaly timeline, a threshold to move (segments are cut again by the core's
 * rules at each value), next and previous flagged segment, and the frame-level measures when the run had ground
 * truth (AUROC does not depend on the threshold; event hits are counted again at each value when the folder kept the
 * events).
 */
public final class LongVideoReviewModel implements AutoCloseable {

    private final ReadOnlyObjectWrapper<TimelineResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<VideoTimeline> videos = FXCollections.observableArrayList();
    private final ObjectProperty<VideoTimeline> selected = new SimpleObjectProperty<>(this, "selected");
    private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", 0);
    private final ReadOnlyDoubleWrapper lowest = new ReadOnlyDoubleWrapper(this, "lowest", 0);
    private final ReadOnlyDoubleWrapper highest = new ReadOnlyDoubleWrapper(this, "highest", 1);
    private final ReadOnlyObjectWrapper<List<FlaggedSegment>> segments =
            new ReadOnlyObjectWrapper<>(this, "segments", List.of());
    private final PlayerModel player;
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

    /** A flagged segment and the video it is in. */
    private record Jump(VideoTimeline video, FlaggedSegment segment) {
    }

    public LongVideoReviewModel(Executor uiThread) {
        player = new PlayerModel(uiThread);
        threshold.addListener(obs -> recut());
        selected.addListener((obs, old, now) -> {
            player.open(now == null ? null : now.file(), openAt);
            openAt = 0;
            segments.set(now == null ? List.of() : segmentsOf(now));
        });
        selectedFacts = Bindings.createStringBinding(this::describeSelected, selected, segments);
        frameAuroc = Bindings.createStringBinding(() -> result.get() == null ? "" : result.get().metrics()
                .map(m -> Numbers.compact(round(m.frameAuroc())) + " over " + String.format(Locale.ROOT, "%,d",
                        m.frames()) + " frames (" + String.format(Locale.ROOT, "%,d", m.anomalousFrames())
                        + " in events)").orElse("no ground truth"), result);
        videoAuroc = Bindings.createStringBinding(this::describeVideoAuroc, result, selected);
        events = Bindings.createStringBinding(this::describeEvents, result, threshold);
        thresholdNote = Bindings.createStringBinding(() -> result.get() == null ? ""
                : threshold.get() == result.get().threshold() ? "The run's threshold (" + result.get()
                .thresholdSource() + ")" : "Set here; the run's is " + Numbers.compact(result.get().threshold()),
                result, threshold);
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

    public PlayerModel player() {
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

    /** A video's highest frame score. */
    public static double peak(VideoTimeline video) {
        double peak = Double.NEGATIVE_INFINITY;
        for (double score : video.frameScores()) {
            if (Double.isFinite(score)) {
                peak = Math.max(peak, score);
            }
        }
        return peak == Double.NEGATIVE_INFINITY ? Double.NaN : peak;
    }

    // Commands

    /** Shows an output folder at its own threshold and selects its first video. */
    public void show(TimelineResult shown) {
        selected.set(null);
        result.set(shown);
        double low = shown.threshold();
        double high = shown.threshold();
        for (VideoTimeline video : shown.videos()) {
            for (double score : video.frameScores()) {
                if (Double.isFinite(score)) {
                    low = Math.min(low, score);
                    high = Math.max(high, score);
                }
            }
        }
        lowest.set(low);
        highest.set(high > low ? high : low + 1);
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

    private void jump(Jump to) {
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

    private Jump segmentAfter() {
        VideoTimeline video = selected.get();
        if (video == null) {
            return null;
        }
        long at = player.positionProperty().get();
        FlaggedSegment here = segments.get().stream().filter(s -> s.first() > at).findFirst().orElse(null);
        if (here != null) {
            return new Jump(video, here);
        }
        for (int i = videos.indexOf(video) + 1; i < videos.size(); i++) {
            List<FlaggedSegment> later = segmentsOf(videos.get(i));
            if (!later.isEmpty()) {
                return new Jump(videos.get(i), later.get(0));
            }
        }
        return null;
    }

    private Jump segmentBefore() {
        VideoTimeline video = selected.get();
        if (video == null) {
            return null;
        }
        long at = position();
        FlaggedSegment here = null;
        for (FlaggedSegment s : segments.get()) {
            if (s.first() < at) {
                here = s;
            }
        }
        if (here != null) {
            return new Jump(video, here);
        }
        for (int i = videos.indexOf(video) - 1; i >= 0; i--) {
            List<FlaggedSegment> earlier = segmentsOf(videos.get(i));
            if (!earlier.isEmpty()) {
                return new Jump(videos.get(i), earlier.get(earlier.size() - 1));
            }
        }
        return null;
    }

    private void recut() {
        cut.clear();
        VideoTimeline video = selected.get();
        segments.set(video == null ? List.of() : segmentsOf(video));
    }

    private String describeSelected() {
        VideoTimeline video = selected.get();
        if (video == null) {
            return "";
        }
        double peak = peak(video);
        long peakFrame = 0;
        for (int f = 0; f < video.frames(); f++) {
            if (video.frameScores()[f] == peak) {
                peakFrame = f;
                break;
            }
        }
        List<FlaggedSegment> flagged = segments.get();
        long flaggedFrames = flagged.stream().mapToLong(FlaggedSegment::frames).sum();
        return String.format(Locale.ROOT, "%,d frames at %s fps (%s) · peak %s at %s · %s", video.frames(),
                Numbers.compact(video.fps()), TimeText.of(video.frames() / video.fps()), Numbers.compact(peak),
                TimeText.of(video.timeOf(peakFrame)), flagged.isEmpty() ? "nothing flagged"
                        : flagged.size() + (flagged.size() == 1 ? " flagged segment, " : " flagged segments, ")
                        + Numbers.seconds(flaggedFrames / video.fps()));
    }

    private String describeVideoAuroc() {
        TimelineResult shown = result.get();
        if (shown == null || shown.metrics().isEmpty()) {
            return "";
        }
        var metrics = shown.metrics().get();
        String mean = "mean " + Numbers.compact(round(metrics.meanVideoAuroc())) + " over " + metrics.videosWithAuroc()
                + " of " + metrics.perVideo().size() + " videos";
        VideoTimeline video = selected.get();
        VideoAuroc own = video == null ? null : metrics.perVideo().stream().filter(v -> v.video()
                .equals(video.name())).findFirst().orElse(null);
        if (own == null) {
            return mean;
        }
        return (own.defined() ? "this video " + Numbers.compact(round(own.auroc())) : "this video " + own.note())
                + " · " + mean;
    }

    private String describeEvents() {
        TimelineResult shown = result.get();
        if (shown == null || shown.metrics().isEmpty()) {
            return "";
        }
        boolean here = shown.hasEvents();
        EventCounts counts = here ? shown.eventCountsAt(threshold.get()) : shown.metrics().get().events();
        return counts.hits() + " of " + counts.events() + " hit · " + counts.falseAlarms() + " of " + counts.segments()
                + " segments false alarms" + (here ? "" : " (at the run's threshold)");
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    @Override
    public void close() {
        player.close();
    }
}
