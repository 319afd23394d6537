package dev.vigil.ui.results;

import dev.vigil.ui.common.Fields;
import dev.vigil.ui.common.Numbers;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The threshold controls: a slider over the score range, a field for an exact value, and the suggestion buttons
 * (max F1, Youden's J, a percentile of the validation scores). The slider and the field follow the threshold and set
 * it; a value typed outside the scores' range is kept (the slider then rests at its end).
 */
final class ThresholdBar extends HBox {

    private final ThresholdViewModel model;
    private final Slider slider = new Slider();
    private final TextField field = new TextField();
    private boolean syncing;

    ThresholdBar(ThresholdViewModel model, ObservableBooleanValue enabled) {
        super(8);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        this.model = model;
        BooleanExpression off = BooleanExpression.booleanExpression(enabled).not();
        slider.setId("threshold-slider");
        slider.setPrefWidth(300);
        slider.disableProperty().bind(off);
        field.setId("threshold-field");
        field.setPrefColumnCount(8);
        field.disableProperty().bind(off);
        field.setTooltip(new Tooltip("Type a threshold and press Enter"));
        field.setOnAction(event -> commitField());
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commitField();
            }
        });
        slider.valueProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                model.thresholdProperty().set(now.doubleValue());
            }
        });
        model.thresholdProperty().addListener(obs -> follow());
        model.minProperty().addListener(obs -> follow());
        model.maxProperty().addListener(obs -> follow());
        follow();

        Label caption = new Label("Threshold");
        caption.getStyleClass().add("form-label");

        Button maxF1 = suggestion("Max F1", "max-f1", model.maxF1AvailableProperty(),
                "The threshold with the highest F1 of anomalies against held-out normal clips (needs anomalies)");
        maxF1.setOnAction(event -> model.suggestMaxF1());
        Button youden = suggestion("Youden's J", "youden", model.youdenAvailableProperty(),
                "The threshold with the highest true-positive rate minus false-positive rate");
        youden.setOnAction(event -> model.suggestYouden());
        Spinner<Double> percentile = Fields.doubleSpinner(model.percentileProperty(), 0, 100, 1);
        percentile.setId("percentile");
        percentile.setPrefWidth(84);
        percentile.disableProperty().bind(model.percentileAvailableProperty().not());
        Button percentileButton = suggestion("Percentile of validation", "percentile-suggest",
                model.percentileAvailableProperty(),
                "Flags about (100 − p) % of the normal validation clips; needs no anomaly at all");
        percentileButton.setOnAction(event -> model.suggestPercentile());
        Label suggest = new Label("Suggest");
        suggest.getStyleClass().add("form-label");
        suggest.setPadding(new javafx.geometry.Insets(0, 0, 0, 12));
        getChildren().addAll(caption, slider, field, suggest, maxF1, youden, percentile, percentileButton);
    }

    private Button suggestion(String text, String id, ObservableBooleanValue available, String tip) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("small");
        button.disableProperty().bind(BooleanExpression.booleanExpression(available).not());
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    /** Slider and field show the model's threshold. */
    private void follow() {
        syncing = true;
        try {
            double value = model.thresholdProperty().get();
            // the slider clamps its value when its range moves; under 'syncing' that never reaches the threshold
            slider.setMin(model.minProperty().get());
            slider.setMax(model.maxProperty().get());
            slider.setValue(Math.max(slider.getMin(), Math.min(slider.getMax(), value)));
            field.setText(Numbers.compact(value));
        } finally {
            syncing = false;
        }
    }

    private void commitField() {
        if (field.getText().trim().equals(Numbers.compact(model.thresholdProperty().get()))) {
            return;
        }
        try {
            double value = Double.parseDouble(field.getText().trim());
            if (Double.isFinite(value)) {
                model.setManual(value);
            }
        } catch (NumberFormatException e) {
            // not a number: show the threshold that holds
        }
        follow();
    }
}
