package dev.vigil.timeline;

/**
 * The frame-level AUROC of one video.
 *
 * @param video the video's name
 * @param auroc NaN when the video has frames of one class only (an all-normal video): the ROC needs both
 * @param note  why it is undefined, else empty
 */
public record VideoAuroc(String video, double auroc, String note) {

    public boolean defined() {
        return !Double.isNaN(auroc);
    }
}
