package dev.vigil.ui;

import dev.vigil.ui.common.Icons;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The bars around the screens: the step bar of the five screens (with Start training), the problem banner and the
 * status bar. Each only binds to the workbench's view model.
 */
final class WorkbenchBars {

    private WorkbenchBars() {
    }

    static HBox stepBar(MainViewModel model) {
        Navigation navigation = model.navigation();
        ToggleGroup group = new ToggleGroup();
        HBox bar = new HBox(4);
        bar.getStyleClass().add("step-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        for (Screen screen : Screen.values()) {
            Label number = new Label(String.valueOf(screen.step()));
            number.getStyleClass().add("step-number");
            ToggleButton step = new ToggleButton(screen.title(), number);
            step.setId("step-" + screen.name().toLowerCase(java.util.Locale.ROOT));
            step.getStyleClass().add("step");
            step.setToggleGroup(group);
            step.setUserData(screen);
            step.setTooltip(new Tooltip(screen.title() + " (" + Shortcut.forScreen(screen).displayText() + ")"));
            step.setSelected(navigation.screenProperty().get() == screen);
            bar.getChildren().add(step);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old);
            } else {
                navigation.screenProperty().set((Screen) now.getUserData());
            }
        });
        navigation.screenProperty().addListener((obs, old, now) -> group.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == now).findFirst().ifPresent(group::selectToggle));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getChildren().addAll(spacer, startButton(model));
        Label brand = new Label("Vigil");
        brand.getStyleClass().add("brand");
        bar.getChildren().addAll(0, java.util.List.of(brand, spacer(16)));
        return bar;
    }

    /** Start training from any screen; the training screen has its own, with Cancel and Resume beside it. */
    private static Button startButton(MainViewModel model) {
        Button start = new Button("Start training", Icons.play());
        start.setId("step-bar-start");
        start.getStyleClass().addAll("accent", "small");
        start.setMinWidth(Region.USE_PREF_SIZE);
        start.disableProperty().bind(model.training().canStartProperty().not());
        start.visibleProperty().bind(model.navigation().screenProperty().isNotEqualTo(Screen.TRAINING));
        start.managedProperty().bind(start.visibleProperty());
        start.setTooltip(new Tooltip("Train on the dataset with the model screen's settings (Ctrl+T)"));
        start.setOnAction(event -> model.train());
        return start;
    }

    /** The last problem, over the screens until dismissed: an error must not hide in the log. */
    static HBox problemBanner(MainViewModel model) {
        Label text = new Label();
        text.setId("problem-text");
        text.setWrapText(true);
        text.textProperty().bind(model.problemProperty());
        Button close = new Button("Dismiss");
        close.setId("problem-dismiss");
        close.getStyleClass().add("small");
        close.setOnAction(event -> model.dismissProblem());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox banner = new HBox(10, text, spacer, close);
        banner.setId("problem-banner");
        banner.getStyleClass().add("problem-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.visibleProperty().bind(model.problemProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private static Region spacer(double width) {
        Region spacer = new Region();
        spacer.setMinWidth(width);
        return spacer;
    }

    static HBox statusBar(MainViewModel model) {
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(model.statusMessageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("status-progress");
        progress.setPrefWidth(180);
        progress.progressProperty().bind(model.statusProgressProperty());
        progress.visibleProperty().bind(model.monitor().latestProperty().isNotNull());
        Button cancel = new Button("Cancel");
        cancel.setId("status-cancel");
        cancel.getStyleClass().add("small");
        cancel.visibleProperty().bind(progress.visibleProperty());
        cancel.setOnAction(event -> model.cancelLatest());
        cancel.setTooltip(new Tooltip("Cancel the running job (Esc)"));
        Label dataset = new Label();
        dataset.getStyleClass().add("status-detail");
        dataset.textProperty().bind(model.dataset().summaryProperty());
        Label device = new Label();
        device.getStyleClass().add("status-detail");
        device.setId("status-device");
        device.textProperty().bind(Bindings.concat("Runs on ", model.model().deviceInUseProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, message, progress, cancel, spacer, dataset, device);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
