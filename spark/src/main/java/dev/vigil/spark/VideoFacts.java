package dev.vigil.spark;

import dev.vigil.video.VideoInfo;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * What a probe of one video found, carried from the probing task to the chunk tasks and the merge: a
 * {@link VideoInfo} is not serializable (it holds a local path, which differs from one executor to the next).
 *
 * @param failure why the video could not be probed, or null
 */
record VideoFacts(VideoInput video, double durationSeconds, long frameCount, double frameRate, int width, int height,
                  int rotation, String codec, String failure) implements Serializable {

    static VideoFacts of(VideoInput video, VideoInfo info) {
        return new VideoFacts(video, info.durationSeconds(), info.frameCount(), info.frameRate(), info.width(),
                info.height(), info.rotation(), info.codec(), null);
    }

    static VideoFacts failed(VideoInput video, String reason) {
        return new VideoFacts(video, 0, 0, 0, 0, 0, 0, "", reason);
    }

    boolean ok() {
        return failure == null;
    }

    /** The probe as it reads for the file at {@code local}. */
    VideoInfo info(Path local) {
        return new VideoInfo(local, durationSeconds, frameCount, frameRate, width, height, rotation, codec);
    }
}
