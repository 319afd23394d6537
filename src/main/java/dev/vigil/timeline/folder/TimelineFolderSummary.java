package dev.vigil.timeline.folder;

/**
 * A glance at a timeline output folder.
 *
 * @param videos     test videos scored
 * @param segments   flagged segments at the run's threshold, over all videos
 * @param detector   the detector with its settings
 * @param frameAuroc the micro-averaged frame-level AUROC, NaN without ground truth
 */
public record TimelineFolderSummary(int videos, int segments, String detector, double frameAuroc) {
}
