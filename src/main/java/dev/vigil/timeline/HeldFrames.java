package dev.vigil.timeline;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * The decoded frames a stream still owes to open windows, each kept once however many windows share it, and
 * dropped when the last of them has taken it. Buffers are reused, so a pass over an hour of video allocates only
 * as many frames as were ever held at once. Counts what it holds, so that a test can prove the bound.
 */
final class HeldFrames {

    private final int frameBytes;
    private final Map<Long, Integer> demand = new HashMap<>();
    private final Map<Long, byte[]> frames = new HashMap<>();
    private final ArrayDeque<byte[]> spare = new ArrayDeque<>();
    private int peak;

    HeldFrames(int frameBytes) {
        this.frameBytes = frameBytes;
    }

    /** One more open window needs this frame. */
    void want(long frame) {
        demand.merge(frame, 1, Integer::sum);
    }

    boolean isWanted(long frame) {
        return demand.containsKey(frame);
    }

    /** The buffer to decode a wanted frame into; it is held from now on. */
    byte[] slot(long frame) {
        byte[] buffer = spare.isEmpty() ? new byte[frameBytes] : spare.pop();
        frames.put(frame, buffer);
        peak = Math.max(peak, frames.size());
        return buffer;
    }

    /** A held frame; null when it was never decoded (the stream ended first). */
    byte[] get(long frame) {
        return frames.get(frame);
    }

    /** One window is done with this frame; the last one frees it. */
    void release(long frame) {
        Integer left = demand.get(frame);
        if (left == null) {
            return;
        }
        if (left > 1) {
            demand.put(frame, left - 1);
            return;
        }
        demand.remove(frame);
        byte[] buffer = frames.remove(frame);
        if (buffer != null) {
            spare.push(buffer);
        }
    }

    /** Frames held now. */
    int held() {
        return frames.size();
    }

    /** Most frames held at once. */
    int peak() {
        return peak;
    }
}
