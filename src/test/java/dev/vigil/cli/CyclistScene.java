package dev.vigil.cli;

import dev.vigil.timeline.BusyScene;

import java.nio.file.Path;

/**
 * What the watch tests watch: a {@link SceneBundle} of the generated fixed-camera scene, and a video of the scene in
 * which a small object races along the walkway (frames 50–89).
 */
record CyclistScene(Path bundle, Path video) {

    static final int EVENT_FIRST = 50;
    static final int EVENT_LAST = 89;
    static final int FRAMES = 120;
    /**
     * Key frames of the streams the tests send. A viewer's first frame is a key frame of the sender; key frames
     * every 8 frames, a multiple of the scene bundle's window stride (4), put the watch's windows on the frames a
     * watch of the file takes, so the object is found where it is in the file, whichever key frame the watch joins.
     */
    static final int KEY_FRAMES = 8;

    static CyclistScene make(Path dir) throws Exception {
        return new CyclistScene(SceneBundle.make(dir),
                BusyScene.write(dir.resolve("cyclist.mp4"), FRAMES, 21, EVENT_FIRST, EVENT_LAST));
    }
}
