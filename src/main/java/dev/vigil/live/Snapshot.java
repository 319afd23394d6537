package dev.vigil.live;

import dev.vigil.io.AtomicFiles;
import dev.vigil.timeline.AnomalyMaps;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;

/** An event's peak frame as a JPEG, with the box of where in the frame drawn on it. */
final class Snapshot {

    private Snapshot() {
    }

    /**
     * @param box          in source pixels, or null
     * @param sourceWidth  the source's width, which the box is measured in
     */
    static void write(Path file, LivePicture frame, AnomalyMaps.Box box, int sourceWidth, int sourceHeight)
            throws IOException {
        BufferedImage image = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        byte[] rgb = frame.picture();
        for (int i = 0; i < bgr.length; i += 3) {
            bgr[i] = rgb[i + 2];
            bgr[i + 1] = rgb[i + 1];
            bgr[i + 2] = rgb[i];
        }
        if (box != null) {
            double sx = (double) frame.width() / sourceWidth;
            double sy = (double) frame.height() / sourceHeight;
            Graphics2D g = image.createGraphics();
            g.setColor(Color.RED);
            g.setStroke(new BasicStroke(Math.max(2f, frame.width() / 240f)));
            g.drawRect((int) Math.round(box.x() * sx), (int) Math.round(box.y() * sy),
                    (int) Math.round(box.width() * sx), (int) Math.round(box.height() * sy));
            g.dispose();
        }
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "jpg", out)) {
                throw new IOException("no JPEG writer");
            }
        });
    }
}
