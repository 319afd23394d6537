package dev.vigil.report;

import org.jfree.chart.JFreeChart;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * A chart drawn to a PNG in memory (Java2D, no window needed) and carried as a data URI, so the page holds its
 * images itself.
 *
 * @param title the caption and the image's alternative text
 */
record ChartImage(String title, int width, int height, String dataUri) {

    static ChartImage of(String title, JFreeChart chart, int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(chart.createBufferedImage(width, height), "png", png);
        } catch (IOException e) {
            // writing to memory does not fail; a codec that does is a broken JDK
            throw new UncheckedIOException(e);
        }
        return new ChartImage(title, width, height,
                "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray()));
    }
}
