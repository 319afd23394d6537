package dev.vigil.ui.common;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.converter.DoubleStringConverter;

import java.util.function.UnaryOperator;

/** Form building blocks: bound spinners, label/field grids and titled cards, so every form lines up the same. */
public final class Fields {

    private Fields() {
    }

    /** An editable integer spinner kept in sync with {@code property} both ways. */
    public static Spinner<Integer> intSpinner(IntegerProperty property, int min, int max, int step) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max,
                property.get(), step));
        ObjectProperty<Integer> boxed = property.asObject();
        spinner.getValueFactory().valueProperty().bindBidirectional(boxed);
        // the bidirectional binding holds its ends weakly: keep the boxed twin alive as long as the spinner
        spinner.getProperties().put("boxed", boxed);
        editable(spinner);
        return spinner;
    }

    /** An editable long spinner (seeds) kept in sync with {@code property}. */
    public static Spinner<Integer> seedSpinner(LongProperty property) {
        Spinner<Integer> spinner = new Spinner<>(0, Integer.MAX_VALUE, (int) property.get());
        spinner.valueProperty().addListener((obs, old, now) -> property.set(now));
        property.addListener((obs, old, now) -> spinner.getValueFactory().setValue(now.intValue()));
        editable(spinner);
        return spinner;
    }

    /** An editable decimal spinner kept in sync with {@code property} both ways. */
    public static Spinner<Double> doubleSpinner(DoubleProperty property, double min, double max, double step) {
        SpinnerValueFactory.DoubleSpinnerValueFactory factory =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, property.get(), step);
        factory.setConverter(new DoubleStringConverter() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : Numbers.compact(value);
            }
        });
        Spinner<Double> spinner = new Spinner<>(factory);
        ObjectProperty<Double> boxed = property.asObject();
        factory.valueProperty().bindBidirectional(boxed);
        spinner.getProperties().put("boxed", boxed);
        editable(spinner);
        return spinner;
    }

    /** Typed text is committed when the field loses focus, not only on Enter; text that does not parse is undone. */
    private static <T> void editable(Spinner<T> spinner) {
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        UnaryOperator<TextFormatter.Change> any = change -> change;
        spinner.getEditor().setTextFormatter(new TextFormatter<>(any));
        spinner.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit(spinner);
            }
        });
        spinner.getEditor().setOnAction(event -> commit(spinner));
    }

    private static <T> void commit(Spinner<T> spinner) {
        SpinnerValueFactory<T> factory = spinner.getValueFactory();
        try {
            T value = factory.getConverter().fromString(spinner.getEditor().getText().trim());
            if (value != null) {
                factory.setValue(value);
            }
        } catch (RuntimeException e) {
            // not a number: show the value that holds
        }
        spinner.getEditor().setText(factory.getConverter().toString(factory.getValue()));
    }

    /** A two-column grid of labelled fields. */
    public static GridPane form() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form");
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    /** Adds a row "label: field" to a {@link #form()}. */
    public static void row(GridPane form, String label, Node field) {
        int row = form.getRowCount();
        Label text = new Label(label);
        text.getStyleClass().add("form-label");
        text.setLabelFor(field);
        form.addRow(row, text, field);
    }

    /** A titled white card around {@code content}. */
    public static VBox card(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("card-title");
        VBox card = new VBox(10);
        card.getStyleClass().add("card");
        card.getChildren().add(heading);
        card.getChildren().addAll(content);
        card.setPadding(new Insets(14));
        return card;
    }

    /** A row of nodes with standard spacing, centred vertically. */
    public static HBox bar(Node... nodes) {
        HBox bar = new HBox(8, nodes);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Space that pushes what follows to the right of a bar. */
    public static Region grow() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    /** A tooltip that always holds the label's whole text, for a label allowed to be cut short. */
    public static void tooltipWithText(javafx.scene.control.Labeled label) {
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(label.textProperty());
        label.setTooltip(tip);
    }

    /** Gives a node the id that tests and the stylesheet find it by. */
    public static <T extends Node> T id(T node, String id) {
        node.setId(id);
        return node;
    }

    /** A wrapping line of help under a field. */
    public static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return hint;
    }
}
