package dev.vigil.ui.common;

import dev.vigil.io.AtomicFiles;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A chart drawn into an image, and the PNG file it goes to. Drawing reads the chart, so it happens where the chart
 * changes (the UI thread); encoding and writing, the slow part, may happen anywhere.
 */
public record ChartImage(BufferedImage image, Path file) {

    /** Writes the image as a PNG; the file is replaced atomically. */
    public Path write() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        AtomicFiles.writeBytes(file, bytes.toByteArray());
        return file;
    }
}
