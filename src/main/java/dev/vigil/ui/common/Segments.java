package dev.vigil.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/** Two joined toggle buttons of which exactly one is on, e.g. "By split | By class". */
public final class Segments extends HBox {

    private final ToggleButton first;
    private final ToggleButton second;

    public Segments(String firstText, String secondText) {
        ToggleGroup group = new ToggleGroup();
        first = new ToggleButton(firstText);
        second = new ToggleButton(secondText);
        first.setToggleGroup(group);
        second.setToggleGroup(group);
        first.setSelected(true);
        first.getStyleClass().addAll("segment", "segment-first");
        second.getStyleClass().addAll("segment", "segment-last");
        // a click on the selected segment would leave none selected: keep it on
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old);
            }
        });
        getChildren().addAll(first, second);
    }

    /** Turns the first segment on, or the second. */
    public void select(boolean firstOne) {
        (firstOne ? first : second).setSelected(true);
    }

    /** True while the first segment is on. */
    public ReadOnlyBooleanProperty firstSelectedProperty() {
        return first.selectedProperty();
    }
}
