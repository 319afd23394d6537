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

    /** How long after its sending a frame of the racing object may still be the peak of its event. */
    private static final long ARRIVAL_MILLIS = 2000;

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
            List<String> event = events.stream().filter(e -> peaksWhileSent(e, rows, sent[eventFirst],
                    sent[eventLast]) && onTheWalkway(e)).findFirst().orElseThrow(() -> new AssertionError("no event "
                    + "on the walkway that peaks while the object raced by: " + events + "\n" + run.all()));
            assertTrue(run.out().contains("ALERT event " + event.get(0) + " opened"), run.out());
            RgbFrames clip = VideoDecoder.decodeAll(out.resolve(event.get(15)), BusyScene.WIDTH, BusyScene.HEIGHT);
            assertTrue(clip.frames() >= 10, "clip " + event.get(15) + " of " + clip.frames() + " frames");
        }
    }

    /**
     * The event's peak frame (a row of events.csv) came after the first frame of the span was sent, and at most
     * {@link #ARRIVAL_MILLIS} after its last: a frame arrives after it is sent, and the windows over the end of the
     * span still see the object. A false alarm at the start of a watch peaks before the object comes.
     */
    static boolean peaksWhileSent(List<String> event, List<List<String>> frameRows, long fromMillis, long toMillis) {
        String peak = event.get(6);
        return frameRows.stream().filter(r -> r.get(0).equals(peak)).findFirst().map(r -> {
            long arrived = Instant.parse(r.get(2)).toEpochMilli();
            return arrived >= fromMillis && arrived <= toMillis + ARRIVAL_MILLIS;
        }).orElse(false);
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
