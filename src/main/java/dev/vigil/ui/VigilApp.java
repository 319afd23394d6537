package dev.vigil.ui;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Dataset;
import dev.vigil.dataset.Manifest;
import dev.vigil.dataset.SampleLocator;
import javafx.application.Application;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/** The workbench window. */
public class VigilApp extends Application {

    public static void main(String[] args) {
        launch(VigilApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane();
        TableView<Clip> table = new TableView<>();
        table.getColumns().add(column("Path", Clip::path));
        table.getColumns().add(column("Class", Clip::className));
        table.getColumns().add(column("Split", c -> c.split().id()));
        table.getColumns().add(column("Label", c -> c.isAnomaly() ? "anomaly" : "normal"));
        Label status = new Label();
        Optional<Path> samples = SampleLocator.manifest();
        if (samples.isPresent()) {
            try {
                Dataset dataset = Manifest.read(samples.get());
                table.getItems().setAll(dataset.clips());
                status.setText(dataset.clips().size() + " clips in " + samples.get());
            } catch (IOException e) {
                status.setText(e.getMessage());
            }
        } else {
            status.setText("No sample dataset found (looked for samples/manifest.csv)");
        }
        root.setCenter(table);
        root.setBottom(status);
        stage.setTitle("Vigil");
        stage.setScene(new Scene(root, 900, 600));
        stage.show();
    }

    private static TableColumn<Clip, String> column(String title, Function<Clip, String> value) {
        TableColumn<Clip, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        return column;
    }
}
