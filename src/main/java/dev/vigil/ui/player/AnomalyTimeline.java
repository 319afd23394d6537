package dev.vigil.ui.player;

import dev.vigil.ui.common.Numbers;

import dev.vigil.timeline.FlaggedSegment;
import dev.vigil.timeline.FrameRange;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The anomaly timeline of a video: per-frame scores as a line, the threshold as a horizontal line, the flagged
 * segments shaded, ground-truth events (when known) as a bar along the bottom, the playback position as a cursor.
 * Clicking or dragging asks to seek there. Long videos are drawn as the highest score per pixel column, so a spike of
 * one frame in an hour stays visible. The segments are given, not derived from the threshold here: the core cuts them
 * with its rules (minimum length, gap closing), and the timeline shows exactly those.
 */
public final class AnomalyTimeline extends Region {

    private static final Color FLAGGED = Color.web("#e5484d", 0.18);
    private static final Color LINE = Color.web("#3a5ccc");
    private static final Color THRESHOLD = Color.web("#e5484d");
    private static final Color CURSOR = Color.web("#1f2430");
    private static final Color GRID = Color.web("#e3e6ec");
    private static final Color HINT = Color.web("#8a90a0");
    private static final Color EVENT = Color.web("#f59e0b");
    private static final double EVENT_BAR = 5;
    private static final Font AXIS_FONT = Font.font(10);
    /** Round steps for the time axis: seconds, minutes, hours. */
    private static final double[] STEPS = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200};

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<double[]> scores = new SimpleObjectProperty<>(this, "scores");
    private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", Double.NaN);
    private final ObjectProperty<List<FlaggedSegment>> segments = new SimpleObjectProperty<>(this, "segments",
            List.of());
    private final ObjectProperty<List<FrameRange>> events = new SimpleObjectProperty<>(this, "events", List.of());
    private final LongProperty frameCount = new SimpleLongProperty(this, "frameCount");
    private final LongProperty position = new SimpleLongProperty(this, "position", -1);
    private final DoubleProperty frameRate = new SimpleDoubleProperty(this, "frameRate", Double.NaN);
    private final ObjectProperty<LongConsumer> onSeek = new SimpleObjectProperty<>(this, "onSeek", frame -> { });

    public AnomalyTimeline() {
        getStyleClass().add("anomaly-timeline");
        getChildren().add(canvas);
        setMinHeight(48);
        setPrefHeight(72);
        scores.addListener(obs -> draw());
        threshold.addListener(obs -> draw());
        segments.addListener(obs -> draw());
        events.addListener(obs -> draw());
        frameCount.addListener(obs -> draw());
        position.addListener(obs -> draw());
        frameRate.addListener(obs -> draw());
        canvas.setOnMousePressed(this::seekTo);
        canvas.setOnMouseDragged(this::seekTo);
    }

    // Properties

    /** One score per frame (or per equal stretch of the video); null when the clip has none. */
    public ObjectProperty<double[]> scoresProperty() {
        return scores;
    }

    /** NaN draws no threshold line. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    /** The flagged segments to shade (frame indices into the scores). */
    public ObjectProperty<List<FlaggedSegment>> segmentsProperty() {
        return segments;
    }

    /** Ground-truth events to mark along the bottom; empty when none are known. */
    public ObjectProperty<List<FrameRange>> eventsProperty() {
        return events;
    }

    public LongProperty frameCountProperty() {
        return frameCount;
    }

    public LongProperty positionProperty() {
        return position;
    }

    /** Frames per second, for the time axis; NaN labels the axis in frames. */
    public DoubleProperty frameRateProperty() {
        return frameRate;
    }

    /** Receives the frame a click or drag points at. */
    public ObjectProperty<LongConsumer> onSeekProperty() {
        return onSeek;
    }

    /** The frame under x (in this control's coordinates). */
    public long frameAt(double x) {
        long frames = frameCount.get();
        if (frames <= 1 || getWidth() <= 0) {
            return 0;
        }
        double fraction = Math.max(0, Math.min(1, x / getWidth()));
        return Math.round(fraction * (frames - 1));
    }

    private void seekTo(MouseEvent event) {
        if (frameCount.get() > 0) {
            onSeek.get().accept(frameAt(event.getX()));
        }
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            draw();
        }
    }

    private void draw() {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        if (width <= 0 || height <= 0) {
            return;
        }
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setStroke(GRID);
        g.strokeRect(0.5, 0.5, width - 1, height - 1);
        double[] values = scores.get();
        if (values == null || values.length == 0) {
            g.setFill(HINT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("No frame scores", width / 2, height / 2);
        } else {
            drawScores(g, values, width, height);
        }
        drawCursor(g, width, height);
    }

    private void drawScores(GraphicsContext g, double[] values, double width, double height) {
        double limit = threshold.get();
        // the vertical range spans the scores and the threshold: distances (Mahalanobis, kNN) sit far from zero, and
        // a range from zero would squeeze their variation into a few pixels
        double low = Double.isNaN(limit) ? Double.POSITIVE_INFINITY : limit;
        double high = Double.isNaN(limit) ? Double.NEGATIVE_INFINITY : limit;
        for (double v : values) {
            if (Double.isFinite(v)) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        if (!(high > low)) {
            high = Double.isFinite(low) ? low + 1 : 1;
            low = high - 1;
        }
        double bottom = low - 0.05 * (high - low);
        double span = (high - low) * 1.1;
        double xPerValue = width / values.length;
        g.setFill(FLAGGED);
        for (FlaggedSegment segment : segments.get() == null ? List.<FlaggedSegment>of() : segments.get()) {
            g.fillRect(segment.first() * xPerValue, 0, Math.max(1, segment.frames() * xPerValue), height);
        }
        g.setFill(EVENT);
        for (FrameRange event : events.get() == null ? List.<FrameRange>of() : events.get()) {
            g.fillRect(event.first() * xPerValue, height - EVENT_BAR, Math.max(1, event.frames() * xPerValue),
                    EVENT_BAR);
        }
        g.setStroke(LINE);
        g.setLineWidth(1.5);
        g.beginPath();
        int columns = (int) Math.ceil(width);
        for (int column = 0; column < columns; column++) {
            int from = (int) Math.floor((double) column / columns * values.length);
            int to = Math.max(from + 1, (int) Math.floor((double) (column + 1) / columns * values.length));
            double highest = Double.NEGATIVE_INFINITY;
            for (int i = from; i < Math.min(to, values.length); i++) {
                if (Double.isFinite(values[i])) {
                    highest = Math.max(highest, values[i]);
                }
            }
            double y = height - 2 - (height - 4) * (Math.max(bottom, highest) - bottom) / span;
            if (column == 0) {
                g.moveTo(column, y);
            } else {
                g.lineTo(column, y);
            }
        }
        g.stroke();
        drawAxes(g, values.length, low, high, width, height);
        if (!Double.isNaN(limit)) {
            double y = height - 2 - (height - 4) * (limit - bottom) / span;
            g.setStroke(THRESHOLD);
            g.setLineWidth(1);
            g.setLineDashes(5, 4);
            g.strokeLine(0, y, width, y);
            g.setLineDashes(null);
        }
    }

    /** Score range at the left (highest at the top, lowest at the bottom); time ticks along the top. */
    private void drawAxes(GraphicsContext g, int frames, double low, double high, double width, double height) {
        g.setFont(AXIS_FONT);
        g.setFill(HINT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(Numbers.compact(high), 3, 2);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(Numbers.compact(low), 3, height - EVENT_BAR - 1);
        double fps = frameRate.get();
        boolean seconds = fps > 0;
        double length = seconds ? frames / fps : frames;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setStroke(GRID);
        g.setLineWidth(1);
        for (double tick : ticks(length, width)) {
            double x = tick / length * width;
            g.strokeLine(x, 0, x, 4);
            g.fillText(seconds ? TimeText.tick(tick) : String.valueOf((long) tick), x, 4);
        }
    }

    /**
     * Tick positions along an axis of {@code length} (seconds or frames), a round step apart so that labels about
     * 90 pixels wide do not collide on {@code width} pixels; 0 and the end are left out (the corners hold the score
     * range and the edge).
     */
    static List<Double> ticks(double length, double width) {
        List<Double> ticks = new ArrayList<>();
        if (!(length > 0) || !(width > 0)) {
            return ticks;
        }
        double wanted = length / Math.max(1, Math.floor(width / 90));
        double step = 1;
        for (double candidate : STEPS) {
            step = candidate;
            if (candidate >= wanted) {
                break;
            }
        }
        while (step < wanted) {
            step *= 2;
        }
        for (double t = step; t < length - step / 4; t += step) {
            ticks.add(t);
        }
        return ticks;
    }

    private void drawCursor(GraphicsContext g, double width, double height) {
        long frames = frameCount.get();
        if (frames <= 0 || position.get() < 0) {
            return;
        }
        double x = frames <= 1 ? 0 : (double) position.get() / (frames - 1) * (width - 2) + 1;
        g.setStroke(CURSOR);
        g.setLineWidth(2);
        g.strokeLine(x, 0, x, height);
    }
}
