package dev.vigil.timeline;

import dev.vigil.progress.CancellationToken;
import dev.vigil.video.VideoException;
import dev.vigil.video.VideoInfo;
import dev.vigil.video.VideoProbe;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A video of a folder with what its probe found.
 *
 * @param entry the video
 * @param info  its length, rate and size
 */
record ProbedVideo(VideoEntry entry, VideoInfo info) {

    /** Probes each video; one that cannot be read goes to {@code skipped} with the reason. */
    static List<ProbedVideo> probeAll(List<VideoEntry> videos, CancellationToken token, Consumer<VideoIssue> skipped) {
        List<ProbedVideo> probed = new ArrayList<>();
        for (VideoEntry video : videos) {
            token.throwIfCancelled();
            try {
                probed.add(new ProbedVideo(video, VideoProbe.probe(video.file())));
            } catch (VideoException e) {
                skipped.accept(new VideoIssue(video.name(), e.reason()));
            }
        }
        return probed;
    }

    /** Frames of all the videos together, for progress. */
    static long frames(List<ProbedVideo> videos) {
        return videos.stream().mapToLong(v -> v.info().frameCount()).sum();
    }
}
