package dev.vigil.backbone;

import dev.vigil.dataset.Clip;

/**
 * A clip that could not be embedded, and why.
 *
 * @param clip   the clip (and view)
 * @param reason plain reason, e.g. "no video stream (audio only)"
 */
public record ClipFailure(Clip clip, String reason) {
}
