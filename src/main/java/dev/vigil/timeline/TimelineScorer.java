package dev.vigil.timeline;

import dev.vigil.backbone.BackboneException;
import dev.vigil.backbone.CellGrid;
import dev.vigil.detector.Detector;
import dev.vigil.video.FrameSourceOpener;
import dev.vigil.video.VideoException;
import dev.vigil.video.VideoInfo;
import dev.vigil.video.VideoProbe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Scores a long video moment by moment: its windows are embedded in one streaming pass, scored by a trained
 * detector, turned into per-frame scores ({@link FrameScores}), smoothed, and cut into flagged segments at the
 * threshold.
 */
public final class TimelineScorer {

    /** Embeddings scored together: the detector's loops run faster on a block than one row at a time. */
    private static final int SCORE_BLOCK = 64;

    private final WindowEmbedder embedder;
    private final Detector detector;
    private final double threshold;
    private final TimelineSettings settings;
    private final CellMapModel maps;
    private final Optional<CellGrid> grid;

    public TimelineScorer(WindowEmbedder embedder, Detector detector, double threshold, TimelineSettings settings) {
        this(embedder, detector, threshold, settings, null);
    }

    /** @param maps each place's normal, for a backbone laid out on cells: every window also gets its anomaly map */
    public TimelineScorer(WindowEmbedder embedder, Detector detector, double threshold, TimelineSettings settings,
                          CellMapModel maps) {
        this.embedder = embedder;
        this.detector = detector;
        this.threshold = threshold;
        this.settings = settings;
        this.maps = maps;
        this.grid = embedder.backbone().cells();
    }

    /**
     * A scored video and what its pass did.
     *
     * @param timeline the scores and segments
     * @param stats    frames decoded, windows computed or cached, frames held at most
     */
    public record Scored(VideoTimeline timeline, StreamStats stats) {
    }

    /**
     * @param framesDone told how many more frames are done, as they are
     * @throws VideoException when the file cannot be read or holds no complete window (message: file and reason)
     */
    public Scored score(VideoEntry video, LongConsumer framesDone) throws VideoException, BackboneException {
        return score(video, VideoProbe.probe(video.file()), framesDone);
    }

    /** As {@link #score(VideoEntry, LongConsumer)} for a video already probed. */
    public Scored score(VideoEntry video, VideoInfo info, LongConsumer framesDone)
            throws VideoException, BackboneException {
        List<FrameWindow> windows = plan(info);
        double[] windowScores = newScores(windows.size());
        float[][] windowMaps = newMaps(windows.size());
        StreamStats stats = scoreWindows(info, null, windows, windowScores, windowMaps, framesDone);
        int frames = (int) (stats.endOfStream() ? stats.framesDecoded() : info.frameCount());
        return new Scored(assemble(video, info, windows, windowScores, windowMaps, frames), stats);
    }

    /**
     * The windows of a video under these settings: all of them, in order; their {@link FrameWindow#index()} is
     * their place in the arrays {@link #scoreWindows} fills and {@link #assemble} reads.
     *
     * @throws VideoException when the video declares more frames than a timeline holds
     */
    public List<FrameWindow> plan(VideoInfo info) throws VideoException {
        if (info.frameCount() > Integer.MAX_VALUE - 8) {
            throw new VideoException(info.file(), "declares " + info.frameCount() + " frames, more than a timeline holds");
        }
        return settings.windows().plan(info.frameCount());
    }

    /** Window scores not computed yet: NaN, as for a window whose frames never came. */
    public static double[] newScores(int windows) {
        double[] scores = new double[windows];
        Arrays.fill(scores, Double.NaN);
        return scores;
    }

    /** Room for each window's anomaly map, or null when this scorer makes none. */
    public float[][] newMaps(int windows) {
        return maps == null ? null : new float[windows][];
    }

    /**
     * Scores some windows of a video: each window's score (and anomaly map) is written at its index. A part of a
     * video handled on its own (a chunk of a long video on another machine) passes the windows whose first frame
     * lies in it and a source that starts at or before the first of them; the parts' arrays put together equal
     * those of one pass over the whole video.
     *
     * @param source     opens the frames; null for the video file read from its start (through the cache)
     * @param windows    windows of {@link #plan}, ordered by first frame
     * @param scores     filled at each window's index
     * @param windowMaps filled at each window's index when this scorer makes maps ({@link #newMaps})
     */
    public StreamStats scoreWindows(VideoInfo info, FrameSourceOpener source, List<FrameWindow> windows,
                                    double[] scores, float[][] windowMaps, LongConsumer framesDone)
            throws VideoException, BackboneException {
        ScoringSink sink = new ScoringSink(scores, windowMaps);
        StreamStats stats = source == null ? embedder.embed(info, windows, sink, framesDone)
                : embedder.embed(info, source, windows, sink, framesDone);
        sink.flush();
        return stats;
    }

    /**
     * Turns window scores into the video's timeline: frame scores aggregated over the windows covering each frame,
     * smoothed, and cut into segments at the threshold.
     *
     * @param windows      the whole {@link #plan}
     * @param windowScores one per window, NaN for a window never embedded
     * @param windowMaps   one per window when this scorer makes maps, else null
     * @param frames       frames the video holds: its frame count, or fewer when decoding ended early
     * @throws VideoException when no window was scored
     */
    public VideoTimeline assemble(VideoEntry video, VideoInfo info, List<FrameWindow> windows, double[] windowScores,
                                  float[][] windowMaps, int frames) throws VideoException {
        if (frames == 0 || Arrays.stream(windowScores).allMatch(Double::isNaN)) {
            throw new VideoException(video.file(), "no complete window of " + settings.windows().length()
                    + " frames could be decoded (" + frames + " of " + info.frameCount() + " frames readable)");
        }
        double[] frameScores = settings.smoothing().apply(
                FrameScores.fromWindows(windowScores, windows, frames, settings.aggregation()));
        List<WindowScore> scored = new ArrayList<>(windows.size());
        for (FrameWindow w : windows) {
            scored.add(new WindowScore(w, windowScores[w.index()]));
        }
        AnomalyMaps anomalyMaps = windowMaps == null ? null : new AnomalyMaps(maps.columns(), maps.rows(),
                info.displayWidth(), info.displayHeight(), windowMaps);
        return new VideoTimeline(video.name(), video.file(), info.frameRate(), frameScores, scored,
                Segments.find(frameScores, threshold, settings.segments()), anomalyMaps);
    }

    /** Scores embeddings in blocks as they arrive, so that no more than a block of them is ever kept. */
    private final class ScoringSink implements WindowSink {
        private final double[] scores;
        private final float[][] windowMaps;
        private final List<FrameWindow> windows = new ArrayList<>(SCORE_BLOCK);
        private final List<float[]> rows = new ArrayList<>(SCORE_BLOCK);

        ScoringSink(double[] scores, float[][] windowMaps) {
            this.scores = scores;
            this.windowMaps = windowMaps;
        }

        @Override
        public void accept(FrameWindow window, float[] embedding) {
            if (windowMaps != null) {
                windowMaps[window.index()] = maps.map(embedding);
            }
            windows.add(window);
            rows.add(RankingPart.of(grid, embedding));
            if (rows.size() >= SCORE_BLOCK) {
                flush();
            }
        }

        void flush() {
            if (rows.isEmpty()) {
                return;
            }
            double[] out = detector.score(rows.toArray(new float[0][]));
            for (int i = 0; i < out.length; i++) {
                scores[windows.get(i).index()] = out[i];
            }
            windows.clear();
            rows.clear();
        }
    }
}
