package dev.vigil.ui.results;

import dev.vigil.evaluation.Confusion;
import dev.vigil.evaluation.Curve;
import dev.vigil.evaluation.SplitAccuracy;
import dev.vigil.ui.common.Fields;
import dev.vigil.ui.common.Numbers;
import dev.vigil.ui.common.Tables;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * The reference's accuracy table (share judged right per split) and, beside it, what the threshold does to anomalies
 * against held-out normal clips: precision, recall, F1, false-positive rate and the counts, with AUROC and AUPRC.
 */
final class AccuracyCard {

    /** The columns' widths, the table's border and the card's padding. */
    static final double MIN_WIDTH = 80 + 56 + 74 + 82 + 4 + 2 * 14 + 16;

    private AccuracyCard() {
    }

    static VBox create(ThresholdViewModel model) {
        TableView<SplitAccuracy> table = new TableView<>(model.accuracy());
        table.setId("accuracy-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // each column as wide as its header and widest value ("anomaly", "100.0 %"): none is ever cut
        table.getColumns().add(column("Split", 80, row -> row.split().id()));
        table.getColumns().add(column("Clips", 56, row -> String.valueOf(row.clips())));
        table.getColumns().add(column("Flagged", 74, row -> String.valueOf(row.flagged())));
        table.getColumns().add(column("Accuracy", 82, row -> Numbers.percent(row.accuracy())));
        table.setSortPolicy(t -> false);
        // as tall as its rows: four splits, no empty stripes below
        table.setFixedCellSize(26);
        table.prefHeightProperty().bind(Bindings.size(model.accuracy()).add(1.25).multiply(26));
        table.minHeightProperty().bind(table.prefHeightProperty());
        table.setMaxHeight(Region.USE_PREF_SIZE);
        Label rule = new Label("Anomaly split: share flagged. Normal splits: share not flagged.");
        rule.getStyleClass().add("hint");
        rule.setWrapText(true);
        rule.setMinHeight(Region.USE_PREF_SIZE);

        GridPane metrics = Fields.form();
        metrics.setId("metrics");
        metric(metrics, "Precision", "metric-precision", model, c -> Numbers.percent(c.precision()));
        metric(metrics, "Recall", "metric-recall", model, c -> Numbers.percent(c.recall()));
        metric(metrics, "F1", "metric-f1", model, c -> Numbers.compact(round(c.f1())));
        metric(metrics, "False-positive rate", "metric-fpr", model, c -> Numbers.percent(c.falsePositiveRate()));
        metric(metrics, "Counts", "metric-counts", model, c -> "TP " + c.truePositives() + " · FP "
                + c.falsePositives() + " · TN " + c.trueNegatives() + " · FN " + c.falseNegatives());
        Label areas = new Label();
        areas.setId("metric-areas");
        areas.textProperty().bind(Bindings.createStringBinding(() -> "AUROC " + area(model.rocProperty().get())
                + " · AUPRC " + area(model.precisionRecallProperty().get()), model.rocProperty(),
                model.precisionRecallProperty()));
        Fields.row(metrics, "Threshold-free", areas);
        Label compared = new Label("Anomalies against normal validation and test clips.");
        compared.getStyleClass().add("hint");
        compared.setWrapText(true);
        compared.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = Fields.card("Accuracy at the threshold", table, rule, metrics, compared);
        card.setMinWidth(MIN_WIDTH);
        return card;
    }

    private static void metric(GridPane form, String name, String id, ThresholdViewModel model,
                               Function<Confusion, String> text) {
        Label value = new Label();
        value.setId(id);
        value.getStyleClass().add("metric-value");
        // the counts are longer than the card is wide in a small window: they wrap rather than lose FN
        value.setWrapText(true);
        ObservableValue<String> binding = Bindings.createStringBinding(() -> model.confusionProperty().get() == null
                ? "—" : text.apply(model.confusionProperty().get()), model.confusionProperty());
        value.textProperty().bind(binding);
        Fields.row(form, name, value);
    }

    private static String area(Curve curve) {
        return curve == null ? "—" : Numbers.compact(round(curve.area()));
    }

    private static double round(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 1000) / 1000.0;
    }

    private static <T> TableColumn<T, String> column(String title, double minWidth, Function<T, String> value) {
        TableColumn<T, String> column = Tables.text(title, value);
        column.setSortable(false);
        column.setMinWidth(minWidth);
        return column;
    }
}
