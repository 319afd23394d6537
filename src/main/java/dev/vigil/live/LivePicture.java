package dev.vigil.live;

/**
 * A frame of a watch as listeners see it. The picture is shared: read it, never change it.
 *
 * @param number     watch frame number, from 0
 * @param wallMillis when it was decoded (ms since the epoch)
 * @param width      picture width
 * @param height     picture height
 * @param picture    packed RGB
 */
public record LivePicture(long number, long wallMillis, int width, int height, byte[] picture) {
}
