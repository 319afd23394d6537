package dev.vigil.live;

/**
 * One decoded frame of a live source.
 *
 * @param number      position in the watch, from 0; frames skipped to keep up still take a number, a stream that
 *                    was lost does not
 * @param arrivalNanos {@link System#nanoTime()} when it was decoded: latency is measured from here
 * @param wallMillis  wall-clock time when it was decoded (ms since the epoch), for the records
 * @param picture     the frame as packed RGB at the watch's picture size
 * @param input       the frame as packed RGB at the size the backbone reads, converted from the decoded frame in
 *                    one step as a file's frames are
 * @param gapBefore   the frames missing just before this one, or null when it follows its predecessor
 */
record LiveFrame(long number, long arrivalNanos, long wallMillis, byte[] picture, byte[] input, Gap gapBefore)
        implements QueueItem {

    LiveFrame withGap(Gap gap) {
        return new LiveFrame(number, arrivalNanos, wallMillis, picture, input, gap);
    }
}
