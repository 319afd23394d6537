package dev.vigil.ui.live;

import dev.vigil.ui.common.FilePicker;
import dev.vigil.ui.player.PlayerViewModel;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** Review ▸ Live…: the live view in a window of its own, so that the workbench stays usable beside it. */
public final class LiveWindow {

    private LiveWindow() {
    }

    /**
     * Opens the window; closing it stops the watch.
     *
     * @param watchRoot where each watch gets its folder
     * @param openRun   the run open on the results screen, if any, at the slider's threshold
     */
    public static LiveView show(Window owner, FilePicker picker, Path watchRoot,
                                Supplier<Optional<OpenRun>> openRun, String stylesheet) {
        LiveView view = new LiveView(new LiveViewModel(Platform::runLater, watchRoot, openRun),
                new PlayerViewModel(Platform::runLater), picker);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Vigil — Live");
        Scene scene = new Scene(view, 1100, 700);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.setOnHidden(e -> view.dispose());
        stage.show();
        return view;
    }
}
