package dev.vigil.ui;

import dev.vigil.ui.common.FilePicker;
import dev.vigil.ui.common.Lists;
import dev.vigil.ui.dataset.DatasetView;
import dev.vigil.ui.longvideo.LongVideoDialog;
import dev.vigil.ui.longvideo.LongVideoView;
import dev.vigil.ui.model.ModelView;
import dev.vigil.ui.results.ExportNames;
import dev.vigil.ui.results.ResultsView;
import dev.vigil.ui.run.RunsPanel;
import dev.vigil.ui.review.ReviewView;
import dev.vigil.ui.training.TrainingView;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The main window's content: menu bar, step bar of the five screens, the active screen, the log and the status bar.
 * A folder or manifest dropped anywhere on it opens.
 */
public final class MainView extends BorderPane {

    private final MainViewModel model;
    private final Navigation navigation;
    private final FilePicker picker;
    private final Map<Screen, Node> screens = new EnumMap<>(Screen.class);
    private final StackPane content = new StackPane();
    private final ListView<String> logList;
    private final SplitPane body;
    private final ResultsView resultsView;
    private final ReviewView reviewView;
    private final CheckMenuItem showLog = new CheckMenuItem("Show log");
    private final Runnable quit;

    public MainView(MainViewModel model, FilePicker picker, Runnable quit) {
        this.model = model;
        this.navigation = model.navigation();
        this.picker = picker;
        this.quit = quit;
        getStyleClass().add("workbench");

        resultsView = new ResultsView(model.results(), picker, navigation::reviewClip, model.log()::add, model::report);
        reviewView = new ReviewView(model.review(), new LongVideoView(model.longVideos(), model.longVideoRun(),
                this::openTimeline, this::newLongVideoRun));
        screens.put(Screen.DATASET, new DatasetView(model.dataset(), picker));
        screens.put(Screen.MODEL, new ModelView(model.model()));
        screens.put(Screen.TRAINING, new TrainingView(model.training(),
                new RunsPanel(model.runs(), model.recentRuns(), navigation::openRun, picker)));
        screens.put(Screen.RESULTS, resultsView);
        screens.put(Screen.REVIEW, reviewView);
        screens.forEach((screen, node) -> node.setId("screen-" + screen.name().toLowerCase(java.util.Locale.ROOT)));
        content.getStyleClass().add("content");
        navigation.screenProperty().addListener((obs, old, now) -> show(now));
        show(navigation.screenProperty().get());

        logList = new ListView<>(model.log().lines());
        logList.setId("log");
        logList.getStyleClass().add("log-list");
        logList.setPlaceholder(new Label("Nothing logged yet"));
        Lists.followEnd(logList);
        body = new SplitPane(content);
        body.setOrientation(javafx.geometry.Orientation.VERTICAL);
        body.getStyleClass().add("body");
        showLog.setSelected(true);
        showLog.selectedProperty().addListener((obs, was, now) -> toggleLog(now));
        toggleLog(true);

        setTop(new VBox(menuBar(), WorkbenchBars.stepBar(model), WorkbenchBars.problemBanner(model)));
        setCenter(body);
        setBottom(WorkbenchBars.statusBar(model));
        acceptDrops();
    }

    private void show(Screen screen) {
        content.getChildren().setAll(screens.get(screen));
        if (screen == Screen.REVIEW) {
            // the arrow keys step frames as soon as review shows; focus left on the screen tabs would switch screens
            reviewView.focusPlayer();
        }
    }

    private void toggleLog(boolean visible) {
        if (visible && !body.getItems().contains(logList)) {
            body.getItems().add(logList);
            body.setDividerPositions(0.86);
        } else if (!visible) {
            body.getItems().remove(logList);
        }
    }

    private MenuBar menuBar() {
        Menu recent = new Menu("Recent runs and long videos");
        recent.setId("recent-runs");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path run : model.recentRuns()) {
                MenuItem item = new MenuItem(run.toString());
                item.setMnemonicParsing(false);
                item.setOnAction(event -> navigation.openRun(run));
                recent.getItems().add(item);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        model.recentRuns().addListener((ListChangeListener<Path>) change -> fillRecent.run());
        fillRecent.run();
        Menu file = new Menu("File", null,
                item("Open dataset folder…", Shortcut.OPEN_FOLDER, () -> picker.folder("Open dataset folder")
                        .ifPresent(navigation::open)),
                item("Open manifest…", Shortcut.OPEN_MANIFEST, () -> picker.open("Open manifest", FilePicker.CSV)
                        .ifPresent(navigation::open)),
                item("Open run…", Shortcut.OPEN_RUN, () -> picker.folder("Open run folder")
                        .ifPresent(navigation::openRun)),
                item("Open long-video results…", Shortcut.OPEN_TIMELINE, this::openTimeline),
                recent,
                new SeparatorMenuItem(),
                item("Export results…", Shortcut.EXPORT, this::export),
                new SeparatorMenuItem(),
                item("Quit", Shortcut.QUIT, quit));
        Menu view = new Menu("View");
        for (Screen screen : Screen.values()) {
            view.getItems().add(item(screen.step() + "  " + screen.title(), Shortcut.forScreen(screen),
                    () -> navigation.screenProperty().set(screen)));
        }
        showLog.setAccelerator(Shortcut.TOGGLE_LOG.combination());
        view.getItems().addAll(new SeparatorMenuItem(), showLog);
        MenuItem useRunSettings = item("Use this run's settings", null, navigation::useShownRunSettings);
        useRunSettings.disableProperty().bind(navigation.shownRunProperty().isNull());
        Menu run = new Menu("Run", null,
                item("Train", Shortcut.TRAIN, model::train),
                item("Resume", Shortcut.RESUME, model::resume),
                useRunSettings,
                item("Score long videos…", Shortcut.LONG_VIDEOS, this::newLongVideoRun),
                item("Cancel running job", Shortcut.CANCEL, model::cancelLatest),
                new SeparatorMenuItem(),
                item("Previous flagged clip or segment", Shortcut.PREVIOUS_FLAGGED,
                        () -> onReview(navigation::previousFlagged)),
                item("Next flagged clip or segment", Shortcut.NEXT_FLAGGED, () -> onReview(navigation::nextFlagged)));
        Menu help = new Menu("Help", null,
                item("Keyboard shortcuts", Shortcut.SHORTCUTS, () -> Dialogs.shortcuts(getScene().getWindow())),
                item("About Vigil", null, () -> Dialogs.about(getScene().getWindow())));
        MenuBar bar = new MenuBar(file, view, run, help);
        bar.setId("menu-bar");
        return bar;
    }

    private void onReview(Runnable action) {
        if (navigation.screenProperty().get() == Screen.REVIEW) {
            action.run();
        }
    }

    private static MenuItem item(String text, Shortcut shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (shortcut != null) {
            item.setAccelerator(shortcut.combination());
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    private void acceptDrops() {
        setOnDragOver(event -> {
            Dragboard board = event.getDragboard();
            if (board.hasFiles() && board.getFiles().size() == 1) {
                event.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            event.consume();
        });
        setOnDragDropped(event -> {
            Dragboard board = event.getDragboard();
            boolean done = board.hasFiles() && board.getFiles().size() == 1;
            if (done) {
                File dropped = board.getFiles().get(0);
                navigation.open(dropped.toPath());
            }
            event.setDropCompleted(done);
            event.consume();
        });
    }

    /** File ▸ Open long-video results: a timeline output folder, shown in review. */
    private void openTimeline() {
        picker.folder("Open long-video output folder").ifPresent(navigation::openTimeline);
    }

    /** Run ▸ Score long videos: the form of a new run; Run starts it in the background. */
    private void newLongVideoRun() {
        LongVideoDialog.show(getScene().getWindow(), model.longVideoRun(), picker,
                () -> model.runs().folderProperty().get(), Stylesheet.location());
    }

    /**
     * File ▸ Export: the clip table as CSV and the charts as PNGs beside it. The charts are drawn here, as they are
     * shown; the files are written in the background.
     */
    private void export() {
        if (!model.results().hasResultsProperty().get()) {
            model.log().add("Nothing to export yet: there are no results");
            return;
        }
        picker.save("Export results", "results.csv", FilePicker.CSV).ifPresent(csv -> model.results().exports()
                .all(csv, resultsView.drawCharts(ExportNames.sibling(csv, ".csv", ".png")), model.log()::add,
                        model::report));
    }

    double[] resultsMarkedRoc() {
        return resultsView.rocMarked();
    }

    String resultsRocTitle() {
        return resultsView.rocTitle();
    }

    public ReviewView reviewView() {
        return reviewView;
    }

    /** Stops what runs on its own (the player). */
    public void dispose() {
        reviewView.dispose();
    }
}
