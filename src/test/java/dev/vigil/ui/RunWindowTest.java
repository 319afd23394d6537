package dev.vigil.ui;

import dev.vigil.experiment.ExperimentPipeline;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

import java.nio.file.Path;

/**
 * The workbench in a real window over a finished run written once for the class: what the tests of a screen with
 * results need before their first click. Each test opens {@link #run} itself; each class calls {@link #show} from
 * its {@code @Start} method.
 */
@ExtendWith(ApplicationExtension.class)
abstract class RunWindowTest {

    @TempDir
    static Path dir;
    static Path run;
    TestWindow window;
    MainViewModel model;

    @BeforeAll
    static void writeRun() throws Exception {
        run = TestRuns.write(dir.resolve("data"), dir.resolve("runs"), "run");
    }

    /** Called by each class's own {@code @Start} method: TestFX looks for it in the test class alone. */
    void show(Stage stage) throws Exception {
        window = open(stage);
        model = window.model();
    }

    /** The window under test: by default the workbench at its usual size, training on synthetic embeddings. */
    TestWindow open(Stage stage) throws Exception {
        return TestWindow.show(stage, dir, new ExperimentPipeline(new SyntheticEmbedder()), new StubFilePicker());
    }

    @AfterEach
    void stop() throws Exception {
        window.close();
    }
}
