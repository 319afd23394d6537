package dev.vigil.ui.dataset;

import dev.vigil.ui.common.FilePicker;
import dev.vigil.ui.common.Fields;
import dev.vigil.ui.common.Icons;
import dev.vigil.ui.common.Numbers;
import dev.vigil.video.VideoInfo;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** Screen 1: the clips of a dataset, its classes and how it will be prepared. */
public final class DatasetView extends BorderPane {

    private final DatasetViewModel model;

    public DatasetView(DatasetViewModel model, FilePicker picker) {
        this.model = model;
        getStyleClass().add("screen");

        Button openFolder = new Button("Open folder…", Icons.folder());
        openFolder.setId("open-folder");
        openFolder.setOnAction(event -> picker.folder("Open dataset folder").ifPresent(model::open));
        Button openManifest = new Button("Open manifest…", Icons.file());
        openManifest.setId("open-manifest");
        openManifest.setOnAction(event -> picker.open("Open manifest", FilePicker.CSV).ifPresent(model::openManifest));
        Label summary = new Label();
        summary.setId("dataset-summary");
        summary.getStyleClass().add("summary");
        summary.textProperty().bind(model.summaryProperty());
        TextField search = new TextField();
        search.setId("clip-search");
        search.setPromptText("Filter by path or class");
        search.textProperty().bindBidirectional(model.searchProperty());
        CheckBox problemsOnly = new CheckBox("Problems only");
        problemsOnly.selectedProperty().bindBidirectional(model.problemsOnlyProperty());
        Button prepare = new Button("Prepare…");
        prepare.setId("prepare");
        prepare.getStyleClass().add("accent");
        prepare.disableProperty().bind(model.canPrepareProperty().not());
        prepare.setOnAction(event -> picker.folder("Choose an output folder for the prepared dataset")
                .ifPresent(model::prepare));
        prepare.setTooltip(new Tooltip("Writes manifest.csv, preparation.json and preparation.txt into a folder you "
                + "choose outside the dataset folder, then opens the new manifest"));
        var toolbar = Fields.bar(openFolder, openManifest, prepare, summary, Fields.grow(), search, problemsOnly);
        toolbar.getStyleClass().add("screen-toolbar");

        Label error = new Label();
        error.getStyleClass().add("error-banner");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setMaxWidth(Double.MAX_VALUE);
        error.setWrapText(true);

        SplitPane body = new SplitPane(clipTable(), sidePanel(picker));
        body.setOrientation(Orientation.HORIZONTAL);
        body.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(body.getItems().get(1), false);

        setTop(new VBox(8, toolbar, error));
        setCenter(body);
        BorderPane.setMargin(body, new Insets(8, 0, 0, 0));
    }

    private TableView<ClipRow> clipTable() {
        TableView<ClipRow> table = new TableView<>(model.visibleRows());
        table.setId("clip-table");
        table.setPlaceholder(new Label("Drop a dataset folder or a manifest.csv here, or use File ▸ Open"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(text("Path", ClipRow::path, 220));
        table.getColumns().add(observed("Class", row -> row.classNameProperty(), 110));
        table.getColumns().add(observed("Split", row -> Bindings.createStringBinding(row::splitName, row.splitProperty()),
                80));
        table.getColumns().add(observed("Label", row -> Bindings.when(row.anomalyProperty()).then("anomaly")
                .otherwise("normal"), 80));
        TableColumn<ClipRow, VideoInfo> duration = new TableColumn<>("Duration");
        duration.setCellValueFactory(cell -> cell.getValue().infoProperty());
        duration.setCellFactory(column -> infoCell(info -> Numbers.seconds(info.durationSeconds())));
        duration.setPrefWidth(90);
        duration.setMinWidth(84);
        duration.setComparator(java.util.Comparator.nullsFirst(
                java.util.Comparator.comparingDouble(VideoInfo::durationSeconds)));
        TableColumn<ClipRow, VideoInfo> size = new TableColumn<>("Resolution");
        size.setCellValueFactory(cell -> cell.getValue().infoProperty());
        size.setCellFactory(column -> infoCell(info -> info.displayWidth() + "×" + info.displayHeight()
                + (info.frameRate() > 0 ? " · " + Numbers.compact(Math.round(info.frameRate() * 100) / 100.0) + " fps" : "")));
        size.setSortable(false);
        size.setPrefWidth(150);
        size.setMinWidth(100);
        TableColumn<ClipRow, ClipRow.Status> status = new TableColumn<>("Status");
        status.setCellValueFactory(cell -> cell.getValue().statusProperty());
        status.setCellFactory(column -> new StatusCell());
        status.setPrefWidth(200);
        table.getColumns().addAll(duration, size, status);
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private static TableColumn<ClipRow, String> text(String title, Function<ClipRow, String> value, double width) {
        TableColumn<ClipRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 76));
        return column;
    }

    /** A column that follows a value of the row that changes (class, split and label follow the plan). */
    private static TableColumn<ClipRow, String> observed(String title,
            Function<ClipRow, javafx.beans.value.ObservableValue<String>> value, double width) {
        TableColumn<ClipRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 76));
        return column;
    }

    private static TableCell<ClipRow, VideoInfo> infoCell(Function<VideoInfo, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(VideoInfo info, boolean empty) {
                super.updateItem(info, empty);
                setText(empty || info == null ? null : format.apply(info));
            }
        };
    }

    /** "ok", "probing…", or the problem in red with the full reason as tooltip. */
    private static final class StatusCell extends TableCell<ClipRow, ClipRow.Status> {
        @Override
        protected void updateItem(ClipRow.Status status, boolean empty) {
            super.updateItem(status, empty);
            getStyleClass().removeAll("status-ok", "status-problem", "status-pending", "status-dropped");
            setTooltip(null);
            if (empty || status == null) {
                setText(null);
                return;
            }
            switch (status) {
                case OK -> {
                    setText("ok");
                    getStyleClass().add("status-ok");
                }
                case PENDING -> {
                    setText("probing…");
                    getStyleClass().add("status-pending");
                }
                case PROBLEM, DROPPED -> {
                    String problem = getTableRow() == null || getTableRow().getItem() == null ? ""
                            : getTableRow().getItem().problemProperty().get();
                    setText(status == ClipRow.Status.DROPPED ? "dropped: " + problem : problem);
                    setTooltip(new Tooltip(problem));
                    getStyleClass().add(status == ClipRow.Status.DROPPED ? "status-dropped" : "status-problem");
                }
            }
        }
    }

    private ScrollPane sidePanel(FilePicker picker) {
        VBox side = new VBox(12, classesCard(), preparationCard(picker), Fields.card("Clips per class and split",
                chart()));
        side.setPadding(new Insets(0, 2, 2, 12));
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("side-panel");
        scroll.setMinWidth(300);
        return scroll;
    }

    private VBox classesCard() {
        TableView<ClassRow> classes = new TableView<>(model.classes());
        classes.setId("class-table");
        classes.setEditable(true);
        classes.setPlaceholder(new Label("No classes yet"));
        classes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ClassRow, String> name = new TableColumn<>("Class");
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        TableColumn<ClassRow, Integer> clips = new TableColumn<>("Clips");
        clips.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().clips()));
        clips.setPrefWidth(60);
        TableColumn<ClassRow, Boolean> anomalous = new TableColumn<>("Anomaly");
        anomalous.setCellValueFactory(cell -> cell.getValue().anomalousProperty());
        anomalous.setCellFactory(CheckBoxTableCell.forTableColumn(anomalous));
        anomalous.setEditable(true);
        anomalous.setPrefWidth(80);
        classes.getColumns().addAll(name, clips, anomalous);
        classes.setPrefHeight(200);
        Label hint = new Label("Tick the classes that must be flagged; the others are normal.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return Fields.card("Classes", classes, hint);
    }

    private VBox preparationCard(FilePicker picker) {
        PreparationSettings settings = model.preparation();
        GridPane form = Fields.form();
        Fields.row(form, "Train %", Fields.intSpinner(settings.trainPercentProperty(), 0, 100, 5));
        Fields.row(form, "Validation %", Fields.intSpinner(settings.valPercentProperty(), 0, 100, 5));
        Fields.row(form, "Test %", Fields.intSpinner(settings.testPercentProperty(), 0, 100, 5));
        Fields.row(form, "Balance train to", Fields.intSpinner(settings.balanceTrainProperty(), 0, 100_000, 10));
        Fields.row(form, "Balance validation to", Fields.intSpinner(settings.balanceValProperty(), 0, 100_000, 5));
        Fields.row(form, "Shortest clip (s)", Fields.doubleSpinner(settings.minDurationSecondsProperty(), 0, 600, 0.5));
        Fields.row(form, "Seed", Fields.seedSpinner(settings.seedProperty()));
        TextArea grouping = new TextArea();
        grouping.setId("grouping");
        grouping.setPromptText("One rule per line, e.g. Golf-Swing-*=Golf-Swing");
        grouping.setPrefRowCount(2);
        grouping.textProperty().bindBidirectional(settings.groupingTextProperty());
        Label balanceHint = new Label("Balancing adds augmented views per normal class; 0 leaves it off "
                + "(the reference used 200 for train and 10 for validation).");
        balanceHint.getStyleClass().add("hint");
        balanceHint.setWrapText(true);
        Label problem = new Label();
        problem.setId("preparation-problem");
        problem.getStyleClass().add("validation-error");
        problem.textProperty().bind(model.settingsProblemProperty());
        problem.visibleProperty().bind(model.settingsProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setWrapText(true);
        Label plan = new Label();
        plan.setId("plan-summary");
        plan.getStyleClass().add("hint");
        plan.textProperty().bind(model.planSummaryProperty());
        plan.setWrapText(true);
        Label groupingLabel = new Label("Group classes");
        groupingLabel.getStyleClass().add("form-label");
        groupingLabel.setLabelFor(grouping);
        return Fields.card("Preparation", form, balanceHint, groupingLabel, grouping, problem, plan);
    }

    private ClipCountChart chart() {
        ClipCountChart chart = new ClipCountChart(model.countsProperty());
        chart.setPrefHeight(240);
        chart.setId("clip-count-chart");
        return chart;
    }
}
