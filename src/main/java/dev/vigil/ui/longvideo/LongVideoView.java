package dev.vigil.ui.longvideo;

import dev.vigil.timeline.AnomalyMaps;
import dev.vigil.timeline.FlaggedSegment;
import dev.vigil.timeline.VideoTimeline;
import dev.vigil.timeline.folder.TimelineResult;
import dev.vigil.ui.common.Fields;
import dev.vigil.ui.common.Icons;
import dev.vigil.ui.common.Lists;
import dev.vigil.ui.common.Numbers;
import dev.vigil.ui.player.AnomalyOverlay;
import dev.vigil.ui.player.AnomalyTimeline;
import dev.vigil.ui.player.VideoPlayer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Comparator;
import java.util.List;

/**
 * The review of long videos: the videos of a timeline folder (peak score, flagged segments at the threshold), a run
 * in progress with its cancel, and the selected video in the player with its anomaly timeline, the threshold slider,
 * next and previous flagged segment, and the frame-level measures.
 */
public final class LongVideoView extends BorderPane {

    private final LongVideoReviewViewModel model;
    private final VideoPlayer player;
    private final ListView<VideoTimeline> list;
    private final SegmentThumbnails segmentThumbnails = new SegmentThumbnails();
    private static final int MAX_THUMBNAILS = 4;

    /**
     * @param open   asks for an output folder and opens it
     * @param newRun opens the form of a new long-video run
     */
    public LongVideoView(LongVideoReviewViewModel model, LongVideoRunViewModel run, Runnable open, Runnable newRun) {
        this.model = model;
        player = new VideoPlayer(model.player());
        AnomalyTimeline timeline = player.timeline();
        timeline.scoresProperty().bind(Bindings.createObjectBinding(() -> model.selectedProperty().get() == null
                ? null : model.selectedProperty().get().frameScores(), model.selectedProperty()));
        timeline.thresholdProperty().bind(model.thresholdProperty());
        timeline.segmentsProperty().bind(model.segmentsProperty());
        timeline.eventsProperty().bind(Bindings.createObjectBinding(() -> model.eventsOf(
                model.selectedProperty().get()), model.selectedProperty(), model.resultProperty()));
        timeline.setId("long-timeline");
        player.overlay().setId("long-overlay");
        player.overlay().whereProperty().bind(Bindings.createObjectBinding(() -> {
            WhereInFrame where = model.whereProperty().get();
            if (where == null) {
                return null;
            }
            AnomalyMaps.Box box = where.box();
            return new AnomalyOverlay.Where(where.maps().columns(), where.maps().rows(), where.maps().videoWidth(),
                    where.maps().videoHeight(), where.map(), new int[] {box.x(), box.y(), box.width(), box.height()});
        }, model.whereProperty()));

        list = new ListView<>(model.videos());
        list.setId("long-video-list");
        list.setPlaceholder(new Label("Open the output folder of a long-video run (Open…), or score a folder of "
                + "long videos (New run…)"));
        list.getPlaceholder().getStyleClass().add("hint");
        ((Label) list.getPlaceholder()).setWrapText(true);
        list.setCellFactory(view -> new VideoCell());
        model.resultProperty().addListener(obs -> segmentThumbnails.clear());
        Lists.followSelection(list, model.selectedProperty());
        // the segment counts follow the threshold
        Lists.repaintWhen(list, model.thresholdProperty());

        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = Fields.card("Long videos", source(), Fields.bar(button("Open…", "long-open", open,
                "Open the output folder of a long-video run"), button("New run…", "long-new", newRun,
                "Score a folder of long videos against normal recordings")), progress(run), list);
        left.setMinWidth(240);

        VBox right = new VBox(10, factsBar(), player, thresholdBar(), metrics());
        right.getStyleClass().add("card");
        right.setPadding(new Insets(14));
        VBox.setVgrow(player, Priority.ALWAYS);

        SplitPane body = new SplitPane(left, right);
        body.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(left, false);
        setCenter(body);
    }

    private Label source() {
        Label source = new Label();
        source.setId("long-source");
        source.getStyleClass().add("hint");
        source.setWrapText(true);
        // the list below grows; the source keeps its lines
        source.setMinHeight(Region.USE_PREF_SIZE);
        source.textProperty().bind(Bindings.createStringBinding(() -> {
            TimelineResult shown = model.resultProperty().get();
            return shown == null ? "" : shown.dir().getFileName() + "\n" + shown.detector() + " · backbone "
                    + shown.backbone() + " · windows of " + shown.windows().length() + " frames every "
                    + shown.windows().stride();
        }, model.resultProperty()));
        source.tooltipProperty().bind(Bindings.createObjectBinding(() -> model.resultProperty().get() == null ? null
                : new Tooltip(model.resultProperty().get().dir().toString()), model.resultProperty()));
        return source;
    }

    private VBox progress(LongVideoRunViewModel run) {
        ProgressBar bar = new ProgressBar();
        bar.setId("long-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(run.progressProperty());
        Button cancel = button("Cancel", "long-cancel", run::cancel, "Stop the run; nothing is written");
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label message = new Label();
        message.setId("long-message");
        message.getStyleClass().add("hint");
        message.setWrapText(true);
        message.textProperty().bind(run.messageProperty());
        VBox running = new VBox(4, Fields.bar(bar, cancel), message);
        running.visibleProperty().bind(run.taskActiveProperty());
        running.managedProperty().bind(running.visibleProperty());
        Label error = new Label();
        error.setId("long-error");
        error.getStyleClass().add("validation-error");
        error.setWrapText(true);
        error.textProperty().bind(run.errorProperty());
        error.visibleProperty().bind(run.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return new VBox(4, running, error);
    }

    private HBox factsBar() {
        Label name = new Label();
        name.setId("long-video-name");
        name.getStyleClass().add("summary");
        name.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null ? ""
                : model.selectedProperty().get().name(), model.selectedProperty()));
        Label facts = new Label();
        facts.setId("long-video-facts");
        facts.getStyleClass().add("hint");
        facts.textProperty().bind(model.selectedFactsProperty());
        facts.setMinWidth(0);
        Button previous = new Button("Previous flagged", Icons.previous());
        previous.setId("previous-segment");
        previous.disableProperty().bind(model.hasPreviousSegmentProperty().not());
        previous.setOnAction(event -> model.previousSegment());
        previous.setTooltip(new Tooltip("Go to the start of the previous flagged segment, in this video or an"
                + " earlier one (Ctrl+Left)"));
        Button next = new Button("Next flagged", Icons.next());
        next.setId("next-segment");
        next.setContentDisplay(ContentDisplay.RIGHT);
        next.disableProperty().bind(model.hasNextSegmentProperty().not());
        next.setOnAction(event -> model.nextSegment());
        next.setTooltip(new Tooltip("Go to the start of the next flagged segment, in this video or a later one"
                + " (Ctrl+Right)"));
        HBox bar = new HBox(12, new VBox(2, name, facts), Fields.grow(), previous, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(bar.getChildren().get(0), Priority.SOMETIMES);
        return bar;
    }

    private VBox thresholdBar() {
        Slider slider = new Slider();
        slider.setId("long-threshold");
        // set, not bound: a slider moves its own max when a new min passes it
        Runnable range = () -> {
            double low = model.lowestProperty().get();
            double high = model.highestProperty().get();
            if (low > slider.getMax()) {
                slider.setMax(high);
                slider.setMin(low);
            } else {
                slider.setMin(low);
                slider.setMax(high);
            }
        };
        model.lowestProperty().addListener(obs -> range.run());
        model.highestProperty().addListener(obs -> range.run());
        range.run();
        slider.valueProperty().bindBidirectional(model.thresholdProperty());
        slider.disableProperty().bind(model.resultProperty().isNull());
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label value = new Label();
        value.setId("long-threshold-value");
        value.getStyleClass().add("summary");
        value.setMinWidth(70);
        value.textProperty().bind(Bindings.createStringBinding(() -> Numbers.compact(model.thresholdProperty().get()),
                model.thresholdProperty()));
        Button reset = button("Run's threshold", "long-threshold-reset", model::resetThreshold,
                "Back to the threshold the run chose");
        reset.disableProperty().bind(model.resultProperty().isNull());
        Label caption = new Label("Threshold");
        caption.getStyleClass().add("form-label");
        Label note = new Label();
        note.getStyleClass().add("hint");
        note.textProperty().bind(model.thresholdNoteProperty());
        Label legend = new Label("Shaded: flagged segments at the threshold (dashed) · bar along the bottom: "
                + "ground-truth events · click the timeline to seek");
        legend.getStyleClass().add("hint");
        legend.setWrapText(true);
        CheckBox where = new CheckBox("Show where");
        where.setId("long-show-where");
        where.selectedProperty().bindBidirectional(model.showWhereProperty());
        where.setTooltip(new Tooltip("On flagged frames, shade the places that were unusual and box the most "
                + "unusual one (W)"));
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.W && !event.isShortcutDown() && !(event.getTarget() instanceof TextInputControl)) {
                model.showWhereProperty().set(!model.showWhereProperty().get());
                event.consume();
            }
        });
        return new VBox(4, Fields.bar(caption, slider, value, reset, where), note, legend);
    }

    private GridPane metrics() {
        GridPane grid = Fields.form();
        grid.setId("long-metrics");
        Fields.row(grid, "Frame-level AUROC (micro)", metric(model.frameAurocProperty(), "long-frame-auroc"));
        Fields.row(grid, "Per-video AUROC", metric(model.videoAurocProperty(), "long-video-auroc"));
        Fields.row(grid, "Events at the threshold", metric(model.eventsProperty(), "long-events"));
        grid.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.resultProperty().get() != null
                && model.resultProperty().get().metrics().isPresent(), model.resultProperty()));
        grid.managedProperty().bind(grid.visibleProperty());
        return grid;
    }

    private static Label metric(ObservableStringValue text, String id) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }

    private static Button button(String text, String id, Runnable action, String tip) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("small");
        button.setOnAction(event -> action.run());
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    public VideoPlayer player() {
        return player;
    }

    /** A video: its name, and below it its peak score and how many segments are flagged at the threshold. */
    private final class VideoCell extends ListCell<VideoTimeline> {
        @Override
        protected void updateItem(VideoTimeline video, boolean empty) {
            super.updateItem(video, empty);
            setText(null);
            if (empty || video == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(video.name());
            name.getStyleClass().add("clip-path");
            Label meta = new Label("peak " + Numbers.compact(LongVideoFacts.peak(video)) + " · "
                    + Numbers.seconds(video.frames() / video.fps()));
            meta.getStyleClass().add("hint");
            List<?> flagged = model.segmentsOf(video);
            Label count = new Label(flagged.isEmpty() ? "0" : String.valueOf(flagged.size()));
            count.getStyleClass().addAll("score-badge", flagged.isEmpty() ? "verdict-normal" : "verdict-anomaly");
            count.setTooltip(new Tooltip(flagged.size() + " flagged segments at the threshold"));
            HBox thumbnails = new HBox(3);
            thumbnails.getStyleClass().add("segment-thumbnails");
            // the highest peaks first: a reviewer sees at a glance where the strongest events were
            model.segmentsOf(video).stream().sorted(Comparator.comparingDouble(FlaggedSegment::peakScore).reversed())
                    .limit(MAX_THUMBNAILS).forEach(segment -> segmentThumbnails.get(video, segment, list::refresh)
                            .ifPresent(image -> {
                                ImageView view = new ImageView(image);
                                Tooltip.install(view, new Tooltip("Where segment at " + Numbers.seconds(
                                        segment.peakFrame() / video.fps()) + " peaked (score "
                                        + Numbers.compact(segment.peakScore()) + ")"));
                                thumbnails.getChildren().add(view);
                            }));
            HBox row = new HBox(6, new VBox(1, name, meta, thumbnails), Fields.grow(), count);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }

    /** Stops the player's pulses and decoder. */
    public void dispose() {
        player.dispose();
        segmentThumbnails.close();
    }
}
