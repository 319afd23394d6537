package dev.vigil.live;

/**
 * The files of a watch folder ({@code vigil watch --out DIR}), named in one place.
 *
 * <table>
 *   <caption>Files</caption>
 *   <tr><td>{@value #EVENTS_CSV}</td><td>one row per closed event: {@link EventLog#HEADER}</td></tr>
 *   <tr><td>{@value #EVENTS_JSONL}</td><td>the same events, one JSON object a line</td></tr>
 *   <tr><td>{@value #SNAPSHOTS}/event-NNNN.jpg</td><td>the event's peak frame with its box drawn</td></tr>
 *   <tr><td>{@value #CLIPS}/event-NNNN.mp4</td><td>the event with its pre- and post-roll (H.264)</td></tr>
 *   <tr><td>{@value #FRAME_SCORES}/YYYY-MM-DDTHH.csv</td><td>every scored frame of that UTC hour:
 *       {@code frame,time,utc,score,note}; a gap is a row with no frame and no score, and the gap in the note</td></tr>
 *   <tr><td>{@value #INDEX}</td><td>the source, the bundle, its threshold and windows, the frame rate and the
 *       picture size, written when the watch starts</td></tr>
 * </table>
 * Event files are rewritten whole through a temporary file and a rename for every event, so a crash or a power cut
 * leaves them as they were before the event or after it, never half a row.
 */
public final class WatchFiles {

    public static final String EVENTS_CSV = "events.csv";
    public static final String EVENTS_JSONL = "events.jsonl";
    public static final String SNAPSHOTS = "snapshots";
    public static final String CLIPS = "clips";
    public static final String FRAME_SCORES = "frame_scores";
    public static final String INDEX = "watch.json";

    private WatchFiles() {
    }

    /** {@code event-0007}: the stem of an event's snapshot and clip. */
    public static String eventStem(int id) {
        return String.format(java.util.Locale.ROOT, "event-%04d", id);
    }
}
