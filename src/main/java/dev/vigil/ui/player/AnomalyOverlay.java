package dev.vigil.ui.player;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * Drawn over the player's picture: a heatmap of where the frame was unusual (cells warmer the more unusual, calm
 * cells clear) and a box around the hottest cell. It follows the picture as the window resizes and lets mouse clicks
 * through to the player.
 */
public final class AnomalyOverlay extends Pane {

    /** Cell values at or under this are usual (1 is the least usual tenth of normal footage): not painted. */
    private static final double CALM = 1.0;
    /** Cell values this far above calm are painted at full strength. */
    private static final double HOT_RANGE = 4.0;
    private static final double MAX_ALPHA = 0.5;

    /**
     * What to draw, in video pixels.
     *
     * @param columns     cells across
     * @param rows        cells down
     * @param videoWidth  picture width in video pixels
     * @param videoHeight picture height
     * @param map         one value per cell, row after row from the top left
     * @param box         {x, y, width, height} of the box to draw
     */
    public record Where(int columns, int rows, int videoWidth, int videoHeight, float[] map, int[] box) {
    }

    private final ImageView picture;
    private final Canvas canvas = new Canvas();
    private final ObjectProperty<Where> where = new SimpleObjectProperty<>(this, "where");

    public AnomalyOverlay(ImageView picture) {
        this.picture = picture;
        getStyleClass().add("anomaly-overlay");
        setMouseTransparent(true);
        setManaged(true);
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        where.addListener(obs -> draw());
        picture.boundsInParentProperty().addListener(obs -> draw());
        widthProperty().addListener(obs -> draw());
        heightProperty().addListener(obs -> draw());
    }

    /** What to draw; null draws nothing. */
    public ObjectProperty<Where> whereProperty() {
        return where;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Where w = where.get();
        Bounds shown = picture.getBoundsInParent();
        if (w == null || picture.getImage() == null || shown.getWidth() <= 0 || shown.getHeight() <= 0) {
            return;
        }
        double sx = shown.getWidth() / w.videoWidth();
        double sy = shown.getHeight() / w.videoHeight();
        for (int c = 0; c < w.map().length; c++) {
            double heat = Math.min(1, Math.max(0, (w.map()[c] - CALM) / HOT_RANGE));
            if (heat <= 0) {
                continue;
            }
            int column = c % w.columns();
            int row = c / w.columns();
            double x0 = shown.getMinX() + edge(column, w.columns(), w.videoWidth()) * sx;
            double y0 = shown.getMinY() + edge(row, w.rows(), w.videoHeight()) * sy;
            double x1 = shown.getMinX() + edge(column + 1, w.columns(), w.videoWidth()) * sx;
            double y1 = shown.getMinY() + edge(row + 1, w.rows(), w.videoHeight()) * sy;
            // yellow for a little unusual, red for very
            g.setFill(Color.hsb(55 * (1 - heat), 1, 1, MAX_ALPHA * (0.3 + 0.7 * heat)));
            g.fillRect(x0, y0, x1 - x0, y1 - y0);
        }
        int[] box = w.box();
        g.setStroke(Color.web("#ffd400"));
        g.setLineWidth(3);
        g.strokeRect(shown.getMinX() + box[0] * sx, shown.getMinY() + box[1] * sy, box[2] * sx, box[3] * sy);
    }

    private static int edge(int k, int parts, int size) {
        return (int) (((long) k * size + parts - 1) / parts);
    }
}
