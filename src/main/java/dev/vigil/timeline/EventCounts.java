package dev.vigil.timeline;

import java.util.List;

/**
 * Event-level results: an event is hit when a flagged segment overlaps it by at least one frame; a flagged segment
 * that overlaps no event is a false alarm.
 *
 * @param events      ground-truth events
 * @param hits        events hit
 * @param segments    flagged segments
 * @param falseAlarms flagged segments overlapping no event
 */
public record EventCounts(int events, int hits, int segments, int falseAlarms) {

    /**
     * Counts over several videos.
     *
     * @param segments per video, its flagged segments
     * @param events   per video (same order), its ground-truth events
     */
    public static EventCounts of(List<List<FlaggedSegment>> segments, List<List<FrameRange>> events) {
        if (segments.size() != events.size()) {
            throw new IllegalArgumentException(segments.size() + " videos of segments, " + events.size()
                    + " of events");
        }
        int eventCount = 0;
        int hits = 0;
        int segmentCount = 0;
        int falseAlarms = 0;
        for (int v = 0; v < segments.size(); v++) {
            List<FlaggedSegment> flagged = segments.get(v);
            List<FrameRange> truth = events.get(v);
            eventCount += truth.size();
            for (FrameRange event : truth) {
                hits += flagged.stream().anyMatch(s -> s.overlaps(event)) ? 1 : 0;
            }
            segmentCount += flagged.size();
            for (FlaggedSegment s : flagged) {
                falseAlarms += truth.stream().noneMatch(s::overlaps) ? 1 : 0;
            }
        }
        return new EventCounts(eventCount, hits, segmentCount, falseAlarms);
    }

    /** hits / events; NaN without events. */
    public double hitRate() {
        return events == 0 ? Double.NaN : (double) hits / events;
    }
}
