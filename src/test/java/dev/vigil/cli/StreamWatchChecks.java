package dev.vigil.cli;

import dev.vigil.timeline.BusyScene;
import dev.vigil.video.RgbFrames;
import dev.vigil.video.VideoDecoder;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a watch of a live stream of the generated scene must have done, whichever protocol carried it: each time the
 * object raced along the walkway is alerted and kept, and a stream that stopped and came back is one reconnect.
 */
final class StreamWatchChecks {

    private StreamWatchChecks() {
    }

    /**
     * The watch ended by its --duration, lost the stream once and reconnected, and alerted the racing object each
     * time the stream was sent.
     *
     * @param sends per sending, when each frame of the file was sent (ms since the epoch)
     */
    static void assertReconnectedAndEachAlerted(CommandRun run, Path out, List<long[]> sends, int eventFirst,
                                                int eventLast) throws Exception {
        assertEquals(0, run.code(), run.all());
        assertTrue(run.err().contains("stream lost"), run.all());

        List<List<String>> rows = WatchFolderRows.frameScores(out);
        List<List<String>> gaps = rows.stream().filter(r -> r.get(0).isEmpty()).toList();
        // a reconnect hands over what FFmpeg buffered while it probed in one burst, which may be skipped
        List<List<String>> reconnects = gaps.stream().filter(r -> r.get(4).contains("reconnected")).toList();
        assertEquals(1, reconnects.size(), "one reconnect: " + gaps);
        assertTrue(gaps.stream().allMatch(r -> r.get(3).isEmpty() && (r.get(4).contains("reconnected")
                || r.get(4).contains("skipped"))), "a gap has no score and says why: " + gaps);

        List<List<String>> events = WatchFolderRows.events(out);
        for (long[] sent : sends) {
            List<String> event = events.stream().filter(e -> overlapsInTime(e, sent[eventFirst], sent[eventLast])
                    && onTheWalkway(e)).findFirst().orElseThrow(() -> new AssertionError("no event on the walkway "
                    + "while the object raced by: " + events + "\n" + run.all()));
            assertTrue(run.out().contains("ALERT event " + event.get(0) + " opened"), run.out());
            RgbFrames clip = VideoDecoder.decodeAll(out.resolve(event.get(15)), BusyScene.WIDTH, BusyScene.HEIGHT);
            assertTrue(clip.frames() >= 10, "clip " + event.get(15) + " of " + clip.frames() + " frames");
        }
    }

    /** The event's time span (a row of events.csv) meets the span sent, give or take half a second. */
    static boolean overlapsInTime(List<String> event, long fromMillis, long toMillis) {
        return Instant.parse(event.get(1)).toEpochMilli() <= toMillis + 500
                && Instant.parse(event.get(2)).toEpochMilli() >= fromMillis - 500;
    }

    /** The racing object is in the walkway's band at the bottom of the picture. */
    static boolean onTheWalkway(List<String> event) {
        if (event.get(10).isEmpty()) {
            return false;
        }
        int y = Integer.parseInt(event.get(10));
        int h = Integer.parseInt(event.get(12));
        return y + h > BusyScene.OBJECT_Y && y < BusyScene.OBJECT_Y + BusyScene.OBJECT_H;
    }
}
