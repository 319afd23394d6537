package dev.vigil.timeline;

import dev.vigil.progress.CancellationToken;
import dev.vigil.video.FrameSampling;
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
                VideoInfo info = VideoProbe.probe(video.file());
                if (info.frameCount() < FrameSampling.MIN_FRAMES) {
                    skipped.accept(new VideoIssue(video.name(), FrameSampling.tooShort(info.frameCount())));
                    continue;
                }
                probed.add(new ProbedVideo(video, info));
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
