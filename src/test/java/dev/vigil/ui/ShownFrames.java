package dev.vigil.ui;

import dev.vigil.video.RgbFrames;
import dev.vigil.video.TestVideos;
import javafx.scene.image.Image;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

/** Reads which frame an image on screen shows, from the index painted into test clips. */
public final class ShownFrames {

    private ShownFrames() {
    }

    /** The index painted by {@link TestVideos#frameIndexCode(int)} into the frame {@code image} shows now. */
    public static int index(Image image, int bits) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            byte[] rgb = new byte[width * height * 3];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int argb = image.getPixelReader().getArgb(x, y);
                    int i = (y * width + x) * 3;
                    rgb[i] = (byte) (argb >> 16);
                    rgb[i + 1] = (byte) (argb >> 8);
                    rgb[i + 2] = (byte) argb;
                }
            }
            return TestVideos.readFrameIndex(new RgbFrames(1, height, width, rgb), 0, bits);
        }).get(5, TimeUnit.SECONDS);
    }
}
