package dev.vigil.live;

import java.util.List;

/** Several listeners heard in turn. */
public final class Listeners implements LiveListener {

    private final List<LiveListener> all;

    public Listeners(LiveListener... listeners) {
        this.all = List.of(listeners);
    }

    @Override
    public void frameTaken(LivePicture frame) {
        all.forEach(l -> l.frameTaken(frame));
    }

    @Override
    public void windowScored(long firstFrame, long lastFrame, double score, float[] map) {
        all.forEach(l -> l.windowScored(firstFrame, lastFrame, score, map));
    }

    @Override
    public void frameScored(long number, LivePicture frame, double score) {
        all.forEach(l -> l.frameScored(number, frame, score));
    }

    @Override
    public void eventOpened(LiveEvent event, List<LivePicture> preRoll) {
        all.forEach(l -> l.eventOpened(event, preRoll));
    }

    @Override
    public void eventClosed(LiveEvent event, LivePicture peak) {
        all.forEach(l -> l.eventClosed(event, peak));
    }

    @Override
    public void streamLost(String reason, long wallMillis) {
        all.forEach(l -> l.streamLost(reason, wallMillis));
    }

    @Override
    public void gap(Gap gap, long nextFrame) {
        all.forEach(l -> l.gap(gap, nextFrame));
    }

    @Override
    public void stats(LiveStats stats) {
        all.forEach(l -> l.stats(stats));
    }
}
