package dev.vigil.ui.longvideo;

import dev.vigil.detector.DetectorKind;
import dev.vigil.ui.common.FilePicker;
import dev.vigil.ui.common.Fields;
import dev.vigil.ui.model.BackboneChoice;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** The form of a new long-video run; Run starts it in the background and closes the form. */
public final class LongVideoDialog {

    /** The button that starts the run. */
    public static final ButtonType RUN = new ButtonType("Run", ButtonBar.ButtonData.OK_DONE);

    private LongVideoDialog() {
    }

    /**
     * Shows the form (not blocking); Run starts {@code model}'s run.
     *
     * @param runsFolder shown as where the output goes
     */
    public static Dialog<ButtonType> show(Window owner, LongVideoRunViewModel model, FilePicker picker,
                                          Supplier<Path> runsFolder, String stylesheet) {
        model.freshName();
        GridPane form = Fields.form();
        Fields.row(form, "Normal recordings", pathField(model.trainFolderProperty(), "long-train",
                () -> picker.folder("Folder of normal recordings")));
        Fields.row(form, "Videos to score", pathField(model.testFolderProperty(), "long-test",
                () -> picker.folder("Folder of videos to score")));
        Fields.row(form, "Ground truth (optional)", pathField(model.groundTruthProperty(), "long-truth",
                () -> picker.open("Ground truth CSV (video,start_frame,end_frame)", FilePicker.CSV)));
        ComboBox<BackboneChoice> backbone = new ComboBox<>(model.backbones());
        backbone.setId("long-backbone");
        backbone.valueProperty().bindBidirectional(model.backboneProperty());
        backbone.setMaxWidth(Double.MAX_VALUE);
        Fields.row(form, "Backbone", backbone);
        ChoiceBox<DetectorKind> detector = new ChoiceBox<>();
        detector.getItems().setAll(DetectorKind.values());
        detector.setId("long-detector");
        detector.valueProperty().bindBidirectional(model.detectorProperty());
        detector.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(DetectorKind kind) {
                return kind == null ? "" : kind.title();
            }

            @Override
            public DetectorKind fromString(String text) {
                return DetectorKind.parse(text);
            }
        });
        Fields.row(form, "Detector", detector);
        Fields.row(form, "Window (frames)", Fields.id(Fields.intSpinner(model.windowProperty(), 1, 10_000, 1),
                "long-window"));
        Fields.row(form, "Stride (frames)", Fields.id(Fields.intSpinner(model.strideProperty(), 1, 10_000, 1),
                "long-stride"));
        Fields.row(form, "Threshold percentile",
                Fields.id(Fields.doubleSpinner(model.percentileProperty(), 0, 100, 0.5), "long-percentile"));
        TextField name = new TextField();
        name.setId("long-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        Fields.row(form, "Output folder name", name);

        Label where = Fields.hint("");
        where.textProperty().bind(Bindings.createStringBinding(() -> runsFolder.get() == null ? ""
                : "Writes " + runsFolder.get().resolve(model.nameProperty().get().trim()) + " (frame scores, "
                + "segments, metrics with ground truth), which opens in Review.", model.nameProperty()));
        Label explain = Fields.hint("The detector learns normal from windows of the normal recordings; a fifth of each "
                + "recording's windows is held out, and the threshold is this percentile of their scores. Ground "
                + "truth: video,start_frame,end_frame rows, frames from 1, both ends included.");
        Label problem = new Label();
        problem.setId("long-problem");
        problem.getStyleClass().add("validation-error");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Score long videos");
        dialog.setHeaderText("Score long videos frame by frame");
        dialog.getDialogPane().setId("long-dialog");
        // wrapping labels would otherwise ask for their whole text on one line
        dialog.getDialogPane().setPrefWidth(720);
        dialog.getDialogPane().getStylesheets().add(stylesheet);
        dialog.getDialogPane().setContent(new VBox(10, form, where, explain, problem));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, RUN);
        Node run = dialog.getDialogPane().lookupButton(RUN);
        run.setId("long-run");
        run.disableProperty().bind(model.canRunProperty().not());
        dialog.setResultConverter(button -> button);
        dialog.setOnHidden(event -> {
            if (dialog.getResult() == RUN) {
                model.run();
            }
        });
        dialog.show();
        return dialog;
    }

    /** A path typed or chosen. */
    private static HBox pathField(StringProperty value, String id, Supplier<Optional<Path>> choose) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        Button pick = new Button("Choose…");
        pick.setId(id + "-choose");
        pick.getStyleClass().add("small");
        pick.setOnAction(event -> choose.get().ifPresent(path -> value.set(path.toString())));
        HBox.setHgrow(field, Priority.ALWAYS);
        return Fields.bar(field, pick);
    }
}
