package dev.vigil.timeline;

import java.nio.file.Path;

/**
 * A video that was skipped, and why.
 *
 * @param video  the video's name (its path relative to the folder it was found in)
 * @param reason what went wrong, e.g. "no video stream (audio only)"
 * @param set    "train" or "test" when the video was one of a run's training or test videos; empty otherwise
 * @param file   the video file, when known; null otherwise
 */
public record VideoIssue(String video, String reason, String set, Path file) {

    public VideoIssue {
        set = set == null ? "" : set;
    }

    /** An issue not yet placed in a run's training or test videos. */
    public VideoIssue(String video, String reason) {
        this(video, reason, "", null);
    }

    /** The same issue, placed: which of a run's sets the video belongs to, and its file. */
    public VideoIssue in(String runSet, Path videoFile) {
        return new VideoIssue(video, reason, runSet, videoFile);
    }

    @Override
    public String toString() {
        return (set.isEmpty() ? "" : set + " video ") + video + ": " + reason;
    }
}
