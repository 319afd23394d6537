package dev.vigil.ui.common;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

import java.util.function.Function;

/** Table building blocks. */
public final class Tables {

    private Tables() {
    }

    /** A column of text computed from each row. */
    public static <T> TableColumn<T, String> text(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
