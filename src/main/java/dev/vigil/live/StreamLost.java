package dev.vigil.live;

/**
 * The source stopped delivering frames (a dropped connection, a decoding error); the decoder is reconnecting.
 *
 * @param reason     why, in words
 * @param wallMillis when the loss was noticed
 */
record StreamLost(String reason, long wallMillis) implements QueueItem {
}
