package dev.vigil.ui.live;

import dev.vigil.ui.common.FilePicker;
import dev.vigil.ui.player.AnomalyOverlay;
import dev.vigil.ui.player.AnomalyTimeline;
import dev.vigil.ui.player.PlayerViewModel;
import dev.vigil.ui.player.VideoPlayer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The live view ({@link LiveViewModel}): source and bundle with Start and Stop on top, the live picture with its
 * anomaly map and the rolling anomaly timeline in the middle, the alerts and the replay of a chosen alert's clip on
 * the right, and the status line at the bottom. It builds nodes and binds; the view model does the rest.
 */
public final class LiveView extends BorderPane {

    private final LiveViewModel model;
    private final PlayerViewModel player;
    private final VideoPlayer replay;

    public LiveView(LiveViewModel model, PlayerViewModel player, FilePicker picker) {
        this.model = model;
        this.player = player;
        getStyleClass().add("live-view");
        setPadding(new Insets(8));

        TextField source = new TextField();
        source.setId("live-source");
        source.setPromptText("rtsp://…, udp://…, v4l2:/dev/video0 or a video file");
        source.textProperty().bindBidirectional(model.sourceProperty());
        HBox.setHgrow(source, Priority.ALWAYS);
        Label bundle = new Label();
        bundle.setId("live-bundle");
        bundle.textProperty().bind(Bindings.createStringBinding(() -> model.bundleProperty().get() == null
                ? "no bundle" : model.bundleProperty().get().getFileName().toString(), model.bundleProperty()));
        Button chooseBundle = new Button("Bundle…");
        chooseBundle.setOnAction(e -> picker.open("Detector bundle", FilePicker.BUNDLE)
                .ifPresent(model.bundleProperty()::set));
        Button useRun = new Button("Open run");
        useRun.setId("live-use-run");
        useRun.setOnAction(e -> model.useOpenRun());
        CheckBox realtime = new CheckBox("Files in real time");
        realtime.selectedProperty().bindBidirectional(model.realtimeProperty());
        Button start = new Button("Start");
        start.setId("live-start");
        start.disableProperty().bind(model.canStartProperty().not());
        start.setOnAction(e -> model.start());
        Button stop = new Button("Stop");
        stop.setId("live-stop");
        stop.disableProperty().bind(model.runningProperty().not());
        stop.setOnAction(e -> model.stop());
        HBox top = new HBox(8, new Label("Source"), source, chooseBundle, useRun, bundle, realtime, start,
                stop);
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);

        ImageView picture = new ImageView();
        picture.setId("live-picture");
        picture.setPreserveRatio(true);
        picture.imageProperty().bind(model.pictureProperty());
        AnomalyOverlay overlay = new AnomalyOverlay(picture);
        overlay.whereProperty().bind(model.whereProperty());
        StackPane screen = new StackPane(picture, overlay);
        screen.setMinSize(160, 90);
        picture.fitWidthProperty().bind(screen.widthProperty().subtract(2));
        picture.fitHeightProperty().bind(screen.heightProperty().subtract(2));
        VBox.setVgrow(screen, Priority.ALWAYS);
        AnomalyTimeline timeline = new AnomalyTimeline();
        timeline.setId("live-timeline");
        timeline.scoresProperty().bind(model.scoresProperty());
        timeline.thresholdProperty().bind(model.thresholdProperty());
        timeline.segmentsProperty().bind(model.segmentsProperty());
        timeline.frameRateProperty().bind(model.frameRateProperty());
        timeline.frameCountProperty().bind(Bindings.createLongBinding(() -> model.scoresProperty().get() == null
                ? 0L : (long) model.scoresProperty().get().length, model.scoresProperty()));
        setCenter(new VBox(8, screen, timeline));

        ListView<LiveAlert> alerts = new ListView<>(model.alerts());
        alerts.setId("live-alerts");
        alerts.setPlaceholder(new Label("No alert yet"));
        alerts.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> model.replay(chosen));
        alerts.setOnMouseClicked(e -> model.replay(alerts.getSelectionModel().getSelectedItem()));
        VBox.setVgrow(alerts, Priority.ALWAYS);
        replay = new VideoPlayer(player);
        replay.setId("live-replay");
        replay.setPrefHeight(240);
        model.replayProperty().addListener((obs, old, clip) -> {
            if (clip != null) {
                player.open(clip);
                player.play();
            }
        });
        VBox right = new VBox(8, new Label("Alerts"), alerts, replay);
        right.setPrefWidth(320);
        right.setPadding(new Insets(0, 0, 0, 8));
        setRight(right);

        Label status = new Label();
        status.setId("live-status");
        status.textProperty().bind(model.statusProperty());
        status.setPadding(new Insets(8, 0, 0, 0));
        setBottom(status);
    }

    public LiveViewModel model() {
        return model;
    }

    /** Stops the watch and the replay. */
    public void dispose() {
        model.stop();
        replay.dispose();
        player.close();
    }
}
