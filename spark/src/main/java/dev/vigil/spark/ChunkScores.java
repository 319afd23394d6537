package dev.vigil.spark;

import java.io.Serializable;

/**
 * The window scores one chunk task computed.
 *
 * @param windows indices of the windows in the video's plan
 * @param scores  their scores, NaN for a window whose frames never came
 * @param maps    their anomaly maps, or null for a backbone without them
 * @param endedAt the frame at which decoding found the end of the file before the frames it declares, or -1
 * @param failure why the chunk could not be scored, or null
 */
record ChunkScores(int chunk, int[] windows, double[] scores, float[][] maps, long endedAt, String failure)
        implements Serializable {

    static ChunkScores failed(int chunk, String reason) {
        return new ChunkScores(chunk, new int[0], new double[0], null, -1, reason);
    }
}
