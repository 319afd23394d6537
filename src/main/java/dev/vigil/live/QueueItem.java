package dev.vigil.live;

/** What the decoding thread hands to the scoring thread: a frame, or word that the stream was lost. */
sealed interface QueueItem permits LiveFrame, StreamLost {
}
