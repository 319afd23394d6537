package dev.vigil.timeline;

/**
 * A video that was skipped, and why.
 *
 * @param video  the video's name (or path)
 * @param reason what went wrong, e.g. "no video stream (audio only)"
 */
public record VideoIssue(String video, String reason) {

    @Override
    public String toString() {
        return video + ": " + reason;
    }
}
