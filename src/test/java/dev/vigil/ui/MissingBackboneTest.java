package dev.vigil.ui;

import dev.vigil.backbone.BackboneRegistry;
import dev.vigil.ui.model.BackboneChoice;
import dev.vigil.ui.model.ModelViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model screen's box for a missing backbone holds the command alone, ready to copy and run. */
class MissingBackboneTest {

    @TempDir
    Path models;

    @Test
    void theCommandBoxHoldsOnlyTheCommandAndTheNoteSaysWhereToRunIt() throws Exception {
        Files.copy(Path.of("models/r2plus1d_18.json"), models.resolve("r2plus1d_18.json"));
        ModelViewModel model = new ModelViewModel(Runnable::run);
        model.setBackbones(VigilApp.backbones(new BackboneRegistry(models)));
        BackboneChoice missing = model.backbones().stream().filter(b -> b.id().equals("r2plus1d_18")).findFirst()
                .orElseThrow();
        model.backboneProperty().set(missing);
        assertEquals("python3 " + models.resolve("export_backbones.py") + " r2plus1d_18",
                model.backboneCommandProperty().get());
        assertTrue(model.backboneNoteProperty().get().contains("on a machine with internet"),
                model.backboneNoteProperty().get());
    }
}
