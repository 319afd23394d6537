package dev.vigil.samples;

/**
 * The kinematics of one activity: the pose at any moment, computed directly from the time so that any frame can be
 * painted on its own, in any order, by any thread.
 */
@FunctionalInterface
interface Motion {

    /** The pose {@code seconds} after the activity began. */
    Pose pose(double seconds, Performance performance);
}
