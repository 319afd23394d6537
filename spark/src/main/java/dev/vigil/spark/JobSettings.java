package dev.vigil.spark;

import java.io.Serializable;

/**
 * What every task of a job needs to know besides its video.
 *
 * @param bundleFile       the bundle's file name among the job's distributed files
 * @param workers          threads that prepare windows in one task (the executor's cores are shared by its tasks)
 * @param chunkSeconds     length of the time chunks a long video is cut into
 * @param hadoop           the driver's Hadoop settings, to read videos where the driver does
 * @param failFirstAttempt a fault drill: the first attempt of each video's first task dies, and Spark must retry it
 *                         (set by {@code spark.vigil.failFirstAttempt=true}; for tests of recovery)
 */
record JobSettings(String bundleFile, int workers, double chunkSeconds, HadoopConf hadoop, boolean failFirstAttempt)
        implements Serializable {

    /** Dies on a task's first attempt when the fault drill is on. */
    void drill(String what) {
        org.apache.spark.TaskContext task = org.apache.spark.TaskContext.get();
        if (failFirstAttempt && task != null && task.attemptNumber() == 0) {
            throw new IllegalStateException("fault drill: first attempt of " + what + " dies (spark.vigil.failFirstAttempt)");
        }
    }
}
