package dev.vigil.timeline;

/**
 * What one pass over a video did.
 *
 * @param framesDecoded   frames decoded (read or skipped)
 * @param framesConverted frames scaled and converted to RGB: only those some window looks at
 * @param peakFramesHeld  most decoded frames kept at once for open windows: the memory bound of streaming
 * @param windowsEmbedded windows computed in this pass
 * @param windowsCached   windows served by the embedding cache
 * @param windowsDropped  windows whose frames the stream never delivered (a file shorter than it declares)
 * @param endOfStream     true when the file ended before the last planned frame
 */
public record StreamStats(long framesDecoded, long framesConverted, int peakFramesHeld, int windowsEmbedded,
                          int windowsCached, int windowsDropped, boolean endOfStream) {

    /** Nothing decoded: every window came from the cache. */
    static StreamStats allCached(int windows) {
        return new StreamStats(0, 0, 0, 0, windows, 0, false);
    }

    StreamStats withCached(int cached) {
        return new StreamStats(framesDecoded, framesConverted, peakFramesHeld, windowsEmbedded, cached,
                windowsDropped, endOfStream);
    }
}
