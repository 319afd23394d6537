package dev.vigil.dataset;

import dev.vigil.video.VideoInfo;

import java.util.Optional;

/**
 * What probing one candidate clip found: its video facts, or why it cannot be used.
 *
 * @param clip    the clip probed
 * @param info    duration, frames, rate, size and codec; null when the file is not a usable video
 * @param problem why the file is not a usable video (e.g. "empty file (0 bytes)"); null when it is
 */
public record ClipProbe(SourceClip clip, VideoInfo info, String problem) {

    public ClipProbe {
        if ((info == null) == (problem == null)) {
            throw new IllegalArgumentException("a probe has either video facts or a problem, not both or neither");
        }
    }

    public boolean readable() {
        return info != null;
    }

    public Optional<VideoInfo> videoInfo() {
        return Optional.ofNullable(info);
    }
}
