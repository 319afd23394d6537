package dev.vigil.spark;

import java.io.Serializable;

/**
 * What the driver learns of one video: its row of {@code clip_scores} and the frames it held.
 */
record VideoOutcome(ClipRow clip, long frames) implements Serializable {
}
