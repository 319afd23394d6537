package dev.vigil.ui.player;

/**
 * One decoded frame on its way from the decoder thread to the screen.
 *
 * @param generation the seek it belongs to; frames of an earlier seek are dropped
 * @param index      frame index in the video
 * @param rgb        packed RGB, width·height·3 bytes; goes back to the decoder's pool once shown
 */
record DecodedFrame(int generation, long index, byte[] rgb) {
}
