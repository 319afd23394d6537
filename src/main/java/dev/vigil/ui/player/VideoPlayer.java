package dev.vigil.ui.player;

import dev.vigil.ui.common.Icons;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The player view: the frame, the anomaly timeline, and transport controls (step back, play/pause, step forward,
 * scrub slider, position, speed). Space plays or pauses, Left and Right step while the player has focus.
 */
public final class VideoPlayer extends VBox {

    private final PlayerViewModel model;
    private final ImageView view = new ImageView();
    private final AnomalyTimeline timeline = new AnomalyTimeline();
    private final AnomalyOverlay overlay = new AnomalyOverlay(view);
    private final Slider scrub = new Slider(0, 1, 0);
    private final AnimationTimer pulses;
    private boolean followingPlayback;

    public VideoPlayer(PlayerViewModel model) {
        this.model = model;
        getStyleClass().add("video-player");
        setSpacing(8);
        setFocusTraversable(true);

        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.imageProperty().bind(model.imageProperty());
        Label placeholder = new Label();
        placeholder.getStyleClass().add("player-placeholder");
        placeholder.textProperty().bind(Bindings.when(model.errorProperty().isNotEmpty())
                .then(model.errorProperty())
                .otherwise(Bindings.when(model.fileProperty().isNull()).then("Select a clip to play it").otherwise("")));
        placeholder.visibleProperty().bind(placeholder.textProperty().isNotEmpty());
        placeholder.setWrapText(true);
        StackPane screen = new StackPane(view, overlay, placeholder);
        screen.getStyleClass().add("player-screen");
        screen.setMinSize(160, 90);
        view.fitWidthProperty().bind(screen.widthProperty().subtract(2));
        view.fitHeightProperty().bind(screen.heightProperty().subtract(2));
        VBox.setVgrow(screen, Priority.ALWAYS);

        timeline.frameCountProperty().bind(model.frameCountProperty());
        timeline.positionProperty().bind(model.positionProperty());
        timeline.frameRateProperty().bind(model.frameRateProperty());
        timeline.onSeekProperty().set(model::seek);

        getChildren().addAll(screen, timeline, controls());

        pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.pulse(now);
            }
        };
        pulses.start();
        setOnKeyPressed(event -> {
            // Ctrl+Left/Right belong to the menu (previous/next flagged): with a modifier the key is not the player's
            if (event.isControlDown() || event.isAltDown() || event.isMetaDown() || event.isShortcutDown()) {
                return;
            }
            if (event.getCode() == KeyCode.SPACE) {
                model.togglePlay();
            } else if (event.getCode() == KeyCode.RIGHT) {
                model.stepForward();
            } else if (event.getCode() == KeyCode.LEFT) {
                model.stepBack();
            } else {
                return;
            }
            event.consume();
        });
        setOnMouseClicked(event -> requestFocus());
    }

    private HBox controls() {
        Button back = iconButton(Icons.stepBack(), "Previous frame (Left)", "step-back");
        back.setOnAction(event -> model.stepBack());
        Button play = iconButton(Icons.play(), "Play or pause (Space)", "play-pause");
        play.graphicProperty().bind(Bindings.when(model.playingProperty()).then(Icons.pause()).otherwise(Icons.play()));
        play.setOnAction(event -> model.togglePlay());
        Button forward = iconButton(Icons.stepForward(), "Next frame (Right)", "step-forward");
        forward.setOnAction(event -> model.stepForward());
        for (Button button : new Button[] {back, play, forward}) {
            button.disableProperty().bind(model.readyProperty().not());
        }

        scrub.setId("scrub");
        scrub.maxProperty().bind(Bindings.max(1, model.frameCountProperty().subtract(1)));
        scrub.disableProperty().bind(model.readyProperty().not());
        HBox.setHgrow(scrub, Priority.ALWAYS);
        model.positionProperty().addListener((obs, old, now) -> {
            followingPlayback = true;
            scrub.setValue(Math.max(0, now.longValue()));
            followingPlayback = false;
        });
        scrub.valueProperty().addListener((obs, old, now) -> {
            if (!followingPlayback) {
                model.seek(Math.round(now.doubleValue()));
            }
        });

        Label position = new Label();
        position.setId("position");
        position.getStyleClass().add("player-position");
        position.textProperty().bind(model.positionTextProperty());
        position.setMinWidth(Label.USE_PREF_SIZE);

        ComboBox<Double> speed = new ComboBox<>();
        speed.setId("speed");
        speed.getItems().setAll(PlayerViewModel.SPEEDS);
        speed.setValue(model.speedProperty().get());
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : (value == Math.rint(value) ? String.valueOf(value.intValue())
                        : String.valueOf(value)) + "×";
            }

            @Override
            public Double fromString(String text) {
                return Double.valueOf(text.replace("×", ""));
            }
        });
        speed.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : speed.getConverter().toString(item));
            }
        });
        speed.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.speedProperty().set(now);
            }
        });
        speed.setTooltip(new Tooltip("Playback speed"));
        speed.setMinWidth(Region.USE_PREF_SIZE);

        HBox bar = new HBox(6, back, play, forward, scrub, position, speed);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("player-controls");
        return bar;
    }

    private static Button iconButton(javafx.scene.Node icon, String tip, String id) {
        Button button = new Button(null, icon);
        button.setId(id);
        button.getStyleClass().add("icon-button");
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        return button;
    }

    public PlayerViewModel model() {
        return model;
    }

    /** The timeline under the frame, to feed per-frame scores and a threshold. */
    public AnomalyTimeline timeline() {
        return timeline;
    }

    /** Drawn over the picture: where a flagged frame was unusual. */
    public AnomalyOverlay overlay() {
        return overlay;
    }

    /** Stops the pulses and the decoder; the player cannot be used afterwards. */
    public void dispose() {
        pulses.stop();
        model.close();
    }
}
