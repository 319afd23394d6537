package dev.vigil.ui.model;

import dev.vigil.detector.DetectorKind;
import dev.vigil.evaluation.ThresholdMethod;
import dev.vigil.ui.common.Fields;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The detectors card: which detectors to compare on the same embeddings, kNN's k, and the report's threshold rule. */
final class DetectorsCard {

    private DetectorsCard() {
    }

    static VBox create(DetectorSettingsViewModel detectors) {
        VBox boxes = new VBox(6);
        for (DetectorKind kind : DetectorKind.values()) {
            CheckBox box = new CheckBox(kind.title());
            box.setId("detector-" + kind.id());
            box.selectedProperty().bindBidirectional(detectors.enabledProperty(kind));
            if (kind == DetectorKind.KNN) {
                Spinner<Integer> k = Fields.id(Fields.intSpinner(detectors.kProperty(), 1, 1000, 1), "knn-k");
                k.setPrefWidth(80);
                k.disableProperty().bind(detectors.enabledProperty(kind).not());
                Label caption = new Label("k");
                caption.getStyleClass().add("form-label");
                boxes.getChildren().add(Fields.bar(box, caption, k));
            } else {
                boxes.getChildren().add(box);
            }
        }
        ChoiceBox<ThresholdMethod> method = new ChoiceBox<>();
        method.setId("threshold-method");
        method.getItems().setAll(DetectorSettingsViewModel.methods());
        method.setConverter(new StringConverter<>() {
            @Override
            public String toString(ThresholdMethod value) {
                return value == null ? "" : switch (value) {
                    case VAL_PERCENTILE -> "Percentile of validation scores";
                    case MAX_F1 -> "Max F1";
                    case YOUDEN -> "Youden's J";
                    case MANUAL -> "By hand";
                };
            }

            @Override
            public ThresholdMethod fromString(String text) {
                return null;
            }
        });
        method.valueProperty().bindBidirectional(detectors.thresholdMethodProperty());
        Spinner<Double> percentile = Fields.id(Fields.doubleSpinner(detectors.percentileProperty(), 0, 100, 1),
                "threshold-percentile");
        percentile.disableProperty().bind(Bindings.createBooleanBinding(
                () -> detectors.thresholdMethodProperty().get() != ThresholdMethod.VAL_PERCENTILE,
                detectors.thresholdMethodProperty()));
        GridPane form = Fields.form();
        Fields.row(form, "Threshold", method);
        Fields.row(form, "Percentile", percentile);
        Label hint = Fields.hint("Every chosen detector scores every clip from the same embeddings; the results "
                + "compare them side by side. The threshold rule sets the report's starting threshold.");
        return Fields.card("Detectors", boxes, new HBox(form), hint);
    }
}
