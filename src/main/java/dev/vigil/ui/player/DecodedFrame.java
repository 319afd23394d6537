package dev.vigil.ui.player;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * One decoded frame on its way from the decoder thread to the screen.
 *
 * @param generation the seek it belongs to; frames of an earlier seek are dropped
 * @param index      frame index in the video
 * @param rgb        packed RGB, width·height·3 bytes; goes back to the decoder's pool once shown
 */
record DecodedFrame(int generation, long index, byte[] rgb) {

    /** Writes the frame's pixels over {@code image}, which has the video's size; on the UI thread. */
    void drawInto(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getByteRgbInstance(), rgb, 0, width * 3);
    }
}
