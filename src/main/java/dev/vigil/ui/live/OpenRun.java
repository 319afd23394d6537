package dev.vigil.ui.live;

import java.nio.file.Path;

/**
 * The run open on the results screen, as the live view takes it: its folder, the detector shown, and the threshold
 * the slider is at.
 */
public record OpenRun(Path dir, String detector, double threshold) {
}
