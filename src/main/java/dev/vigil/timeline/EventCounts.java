package dev.vigil.timeline;

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

    /** hits / events; NaN without events. */
    public double hitRate() {
        return events == 0 ? Double.NaN : (double) hits / events;
    }
}
