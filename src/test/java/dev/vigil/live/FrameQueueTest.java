package dev.vigil.live;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The skip rule: a live source never makes the queue grow; skipped frames come back as one counted gap. */
class FrameQueueTest {

    private static LiveFrame frame(long n) {
        return new LiveFrame(n, System.nanoTime(), 1000 + n * 40, new byte[3], new byte[3], null);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aFullQueueSkipsInOneBurstUntilHalfIsWorkedOff() throws Exception {
        FrameQueue queue = new FrameQueue(4, true);
        for (long n = 0; n < 10; n++) {
            queue.put(frame(n), 1000 + (n - 1) * 40);
        }
        assertEquals(4, queue.waiting(), "the queue never holds more than its capacity");
        assertEquals(6, queue.skippedFrames());
        // the scorer takes one: still above half, so frames are still skipped
        assertEquals(0, ((LiveFrame) queue.take()).number());
        queue.put(frame(10), 1360);
        assertEquals(7, queue.skippedFrames());
        queue.take();
        queue.put(frame(11), 1400);
        assertEquals(3, queue.waiting());
        assertEquals(7, queue.skippedFrames());
        assertEquals(2, ((LiveFrame) queue.take()).number());
        assertEquals(3, ((LiveFrame) queue.take()).number());
        LiveFrame after = (LiveFrame) queue.take();
        assertEquals(11, after.number());
        assertNotNull(after.gapBefore(), "the first frame after the burst carries it");
        assertEquals(Gap.Kind.SKIPPED, after.gapBefore().kind());
        assertEquals(7, after.gapBefore().skippedFrames());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aFileWaitsInsteadOfSkipping() throws Exception {
        FrameQueue queue = new FrameQueue(2, false);
        queue.put(frame(0), 0);
        queue.put(frame(1), 0);
        Thread producer = new Thread(() -> {
            try {
                queue.put(frame(2), 0);
                queue.end("end of file");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        producer.start();
        for (long n = 0; n < 3; n++) {
            assertEquals(n, ((LiveFrame) queue.peek()).number());
            queue.take();
        }
        producer.join();
        assertNull(queue.peek(), "ended and empty");
        assertEquals(0, queue.skippedFrames());
        assertEquals("end of file", queue.endReason());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aLostStreamIsHandedOverEvenWhenTheQueueIsFull() throws Exception {
        FrameQueue queue = new FrameQueue(2, true);
        queue.put(frame(0), 0);
        queue.put(frame(1), 0);
        queue.lost(new StreamLost("timed out", 5000));
        queue.take();
        queue.take();
        assertInstanceOf(StreamLost.class, queue.take());
    }
}
