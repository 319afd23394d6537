package dev.vigil.backbone;

import dev.vigil.dataset.Clip;

/**
 * A clip that was embedded, with something its user should know about how (a stream that ended before the frames
 * its length declares, so that the last decoded frame stood in for the missing ones).
 *
 * @param clip the clip (and view)
 * @param note plain text, e.g. "damaged or truncated: the stream ends after 60 of the 75 frames ..."
 */
public record ClipNote(Clip clip, String note) {
}
