package dev.vigil.ui.review;

import dev.vigil.ui.common.Fields;
import dev.vigil.ui.common.Icons;
import dev.vigil.ui.common.Lists;
import dev.vigil.ui.common.Numbers;
import dev.vigil.ui.common.Segments;
import dev.vigil.ui.longvideo.LongVideoView;
import dev.vigil.ui.player.VideoPlayer;
import dev.vigil.ui.results.ScoredClip;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Screen 5, in two modes: the clips (list, the selected clip's facts and verdict, the player), or the long videos of
 * a timeline folder ({@link LongVideoView}: the player with its anomaly timeline).
 */
public final class ReviewView extends BorderPane {

    private final ReviewViewModel model;
    private final VideoPlayer player;
    private final ListView<ScoredClip> list;
    private final LongVideoView longVideos;

    public ReviewView(ReviewViewModel model, LongVideoView longVideos) {
        this.model = model;
        this.longVideos = longVideos;
        getStyleClass().add("screen");
        player = new VideoPlayer(model.player());
        // a clip has one score, not one per frame: its player shows no anomaly timeline
        player.timeline().setVisible(false);
        player.timeline().setManaged(false);

        list = new ListView<>(model.visibleClips());
        list.setId("review-list");
        list.setPlaceholder(new Label("Open a dataset or results to review clips"));
        list.setCellFactory(view -> new ClipCell());
        Lists.followSelection(list, model.selectedProperty());
        // the score badges take the verdict's colour
        Lists.repaintWhen(list, model.thresholdProperty());
        CheckBox flaggedOnly = new CheckBox("Flagged only");
        flaggedOnly.setId("flagged-only");
        flaggedOnly.selectedProperty().bindBidirectional(model.flaggedOnlyProperty());
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = Fields.card("Clips", flaggedOnly, list);
        left.setMinWidth(240);

        Button previous = new Button("Previous flagged", Icons.previous());
        previous.setId("previous-flagged");
        previous.disableProperty().bind(model.hasPreviousFlaggedProperty().not());
        previous.setOnAction(event -> model.previousFlagged());
        previous.setTooltip(new Tooltip("Previous flagged clip (Ctrl+Left)"));
        Button next = new Button("Next flagged", Icons.next());
        next.setId("next-flagged");
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.disableProperty().bind(model.hasNextFlaggedProperty().not());
        next.setOnAction(event -> model.nextFlagged());
        next.setTooltip(new Tooltip("Next flagged clip (Ctrl+Right)"));
        previous.setMinWidth(Region.USE_PREF_SIZE);
        next.setMinWidth(Region.USE_PREF_SIZE);
        HBox facts = new HBox(24, fact("Class", model.classNameProperty(), "fact-class"),
                fact("Split", model.splitProperty(), "fact-split"), fact("Score", model.scoreProperty(), "fact-score"),
                fact("Verdict", model.verdictProperty(), "fact-verdict"), Fields.grow(), previous, next);
        facts.setAlignment(Pos.CENTER_LEFT);
        facts.getStyleClass().add("facts");
        VBox.setVgrow(player, Priority.ALWAYS);
        Label detector = new Label();
        detector.setId("fact-detector");
        detector.getStyleClass().add("hint");
        detector.textProperty().bind(model.detectorProperty());
        Label scoredBy = new Label("Scores and verdicts of");
        scoredBy.getStyleClass().add("hint");
        VBox right = new VBox(10, Fields.bar(scoredBy, detector), facts, player);
        right.getStyleClass().add("card");
        right.setPadding(new Insets(14));

        SplitPane body = new SplitPane(left, right);
        body.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(left, false);

        Segments modes = new Segments("Clips", "Long videos");
        modes.setId("review-mode");
        modes.select(model.modeProperty().get() == ReviewMode.CLIPS);
        modes.firstSelectedProperty().addListener((obs, was, clips) -> model.modeProperty().set(clips
                ? ReviewMode.CLIPS : ReviewMode.LONG_VIDEOS));
        model.modeProperty().addListener((obs, old, now) -> modes.select(now == ReviewMode.CLIPS));
        body.visibleProperty().bind(model.modeProperty().isEqualTo(ReviewMode.CLIPS));
        longVideos.visibleProperty().bind(body.visibleProperty().not());
        // the hidden mode's player stops: only one plays at a time
        model.modeProperty().addListener((obs, old, now) -> (now == ReviewMode.CLIPS ? longVideos.player().model()
                : player.model()).pause());
        Label hint = new Label("Clips of a dataset or run, one score each · long videos scored frame by frame");
        hint.getStyleClass().add("hint");
        HBox toolbar = Fields.bar(modes, hint);
        toolbar.getStyleClass().add("screen-toolbar");
        setTop(toolbar);
        setCenter(new StackPane(body, longVideos));
        BorderPane.setMargin(getCenter(), new Insets(8, 0, 0, 0));
    }

    private static VBox fact(String name, ObservableStringValue value, String id) {
        Label caption = new Label(name.toUpperCase(java.util.Locale.ROOT));
        caption.getStyleClass().add("fact-caption");
        Label text = new Label();
        text.setId(id);
        text.getStyleClass().add("fact-value");
        text.textProperty().bind(value);
        if (id.equals("fact-verdict")) {
            text.textProperty().addListener((obs, old, now) -> {
                text.getStyleClass().removeAll("verdict-anomaly", "verdict-normal");
                text.getStyleClass().add("anomaly".equals(now) ? "verdict-anomaly" : "verdict-normal");
            });
        }
        return new VBox(2, caption, text);
    }

    public VideoPlayer player() {
        return player;
    }

    /** Gives the shown mode's player the keyboard. */
    public void focusPlayer() {
        // a screen shown for the first time has no skins yet, and its split pane has not put the player in the scene
        applyCss();
        (model.modeProperty().get() == ReviewMode.CLIPS ? player : longVideos.player()).requestFocus();
    }

    /** Path, then class · split and the score with its verdict colour. */
    private final class ClipCell extends ListCell<ScoredClip> {
        @Override
        protected void updateItem(ScoredClip clip, boolean empty) {
            super.updateItem(clip, empty);
            if (empty || clip == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label path = new Label(clip.path());
            path.getStyleClass().add("clip-path");
            Label meta = new Label(clip.className() + " · " + clip.splitName());
            meta.getStyleClass().add("hint");
            Label score = new Label(Double.isNaN(clip.score()) ? "" : Numbers.compact(clip.score()));
            String verdict = clip.verdict(model.thresholdProperty().get());
            score.getStyleClass().addAll("score-badge", "anomaly".equals(verdict) ? "verdict-anomaly" : "verdict-normal");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(6, new VBox(1, path, meta), spacer, score);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }
    }

    public LongVideoView longVideos() {
        return longVideos;
    }

    /** Stops the players' pulses and decoders. */
    public void dispose() {
        player.dispose();
        longVideos.dispose();
    }
}
