package dev.vigil.samples;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kinematics of each activity do what its class claims, for many random performances: planted feet stay put,
 * a fall ends lying still, a crawl stays low, a punch is a fast thrust from a still body, a wave a slow sway overhead.
 * Works on poses, not pixels, so it is exact and fast.
 */
class MotionTest {

    private static final double FPS = 50;
    private static final int PERFORMANCES = 24;

    @Test
    void plantedFeetDoNotSlide() {
        for (Activity activity : new Activity[] {Activity.WALK, Activity.RUN, Activity.SKIP, Activity.BEND,
                Activity.PUNCH}) {
            int planted = 0;
            for (int k = 0; k < PERFORMANCES; k++) {
                Performance p = performance(activity, k);
                for (int f = 1; f < 3 * FPS; f++) {
                    Pose before = activity.pose((f - 1) / FPS, p);
                    Pose after = activity.pose(f / FPS, p);
                    Skeleton a = Skeleton.of(before);
                    Skeleton b = Skeleton.of(after);
                    for (Joint ankle : new Joint[] {Joint.ANKLE_NEAR, Joint.ANKLE_FAR}) {
                        // A flat foot on the ground holds the ankle joint at 0.04; the foot rolling onto its toe
                        // or heel as it lifts off is not counted as planted.
                        if (a.y(ankle) > 0.045 || b.y(ankle) > 0.045 || after.lift() > 0) {
                            continue;
                        }
                        planted++;
                        double slide = (after.forward() + b.x(ankle)) - (before.forward() + a.x(ankle));
                        assertTrue(Math.abs(slide) < 0.006,
                                activity + " performance " + k + " frame " + f + ": planted foot slides " + slide);
                    }
                }
            }
            assertTrue(planted > 100, activity + ": only " + planted + " planted foot frames");
        }
    }

    @Test
    void aFallEndsLyingStill() {
        for (int k = 0; k < PERFORMANCES; k++) {
            Performance p = performance(Activity.FALL, k);
            assertTrue(headHeight(Activity.FALL, 0.2, p) > 0.85, "stands first");
            assertTrue(headHeight(Activity.FALL, 2.6, p) < 0.2, "lies on the ground");
            // Lying: over the last half second nothing moves more than a breath.
            Skeleton a = Skeleton.of(Activity.FALL.pose(2.5, p));
            Skeleton b = Skeleton.of(Activity.FALL.pose(3.0, p));
            for (Joint joint : Joint.values()) {
                assertTrue(Math.abs(a.x(joint) - b.x(joint)) + Math.abs(a.y(joint) - b.y(joint)) < 0.02,
                        "fall " + k + ": " + joint + " still moves while lying");
            }
        }
    }

    @Test
    void bendingComesBackUpWithTheHeadHigh() {
        for (int k = 0; k < PERFORMANCES; k++) {
            Performance p = performance(Activity.BEND, k);
            double lowest = 1;
            double highest = 0;
            for (int f = 0; f < 3 * FPS; f++) {
                lowest = Math.min(lowest, headHeight(Activity.BEND, f / FPS, p));
                highest = Math.max(highest, headHeight(Activity.BEND, f / FPS, p));
            }
            assertTrue(lowest < 0.7 && lowest > 0.3, "bend " + k + " goes down to the waist, not the ground: " + lowest);
            assertTrue(highest > 0.9, "bend " + k + " stands up again");
        }
    }

    @Test
    void aCrawlStaysLowAndMovesAtLessThanHalfTheSlowestWalk() {
        double slowestWalk = Double.POSITIVE_INFINITY;
        for (int k = 0; k < PERFORMANCES; k++) {
            slowestWalk = Math.min(slowestWalk, Activity.WALK.pose(3, performance(Activity.WALK, k)).forward() / 3);
        }
        for (int k = 0; k < PERFORMANCES; k++) {
            Performance p = performance(Activity.CRAWL, k);
            for (int f = 0; f < 3 * FPS; f++) {
                assertTrue(headHeight(Activity.CRAWL, f / FPS, p) < 0.55, "crawl " + k + " head rises");
            }
            double speed = Activity.CRAWL.pose(3, p).forward() / 3;
            assertTrue(speed > 0.05 && speed < 0.5 * slowestWalk,
                    "crawl " + k + " travels at " + speed + " figure heights/s, the slowest walk at " + slowestWalk);
        }
    }

    @Test
    void punchesAreFastHorizontalThrustsFromAStillBodyAndWavesAreNot() {
        for (int k = 0; k < PERFORMANCES; k++) {
            double[] punch = handMotion(Activity.PUNCH, performance(Activity.PUNCH, k));
            double[] wave = handMotion(Activity.WAVE, performance(Activity.WAVE, k));
            assertTrue(punch[0] > 3.5, "punch " + k + ": fist speed " + punch[0]);
            assertTrue(punch[1] > 2 * punch[2], "punch " + k + ": fist moves more across than up and down");
            assertTrue(punch[3] < 0.1, "punch " + k + ": the hips travel " + punch[3]);
            assertTrue(wave[0] < 2.5, "wave " + k + ": hand speed " + wave[0]);
            assertTrue(wave[4] > 0.75, "wave " + k + ": the waving hand drops below the shoulder, to " + wave[4]);
        }
    }

    @Test
    void jumpsLeaveTheGroundAndJacksOpenUp() {
        for (int k = 0; k < PERFORMANCES; k++) {
            Performance jump = performance(Activity.JUMP, k);
            Performance jacks = performance(Activity.JUMPING_JACKS, k);
            double lift = 0;
            double hands = 0;
            for (int f = 0; f < 3 * FPS; f++) {
                lift = Math.max(lift, Activity.JUMP.pose(f / FPS, jump).lift());
                Skeleton s = Skeleton.of(Activity.JUMPING_JACKS.pose(f / FPS, jacks));
                hands = Math.max(hands, Math.min(s.y(Joint.HAND_NEAR), s.y(Joint.HAND_FAR)));
            }
            assertTrue(lift > 0.12, "jump " + k + " flies " + lift);
            assertTrue(hands > 1.0, "jacks " + k + ": hands reach " + hands);
        }
    }

    /** Peak hand speed, its mean |dx| and |dy| per second, the hip's travel, and the lowest waving-hand height. */
    private static double[] handMotion(Activity activity, Performance p) {
        double peak = 0;
        double across = 0;
        double up = 0;
        double lowestHigh = 2;
        Pose start = activity.pose(0, p);
        double hips = 0;
        for (int f = 1; f < 3 * FPS; f++) {
            Pose a = activity.pose((f - 1) / FPS, p);
            Pose b = activity.pose(f / FPS, p);
            Skeleton sa = Skeleton.of(a);
            Skeleton sb = Skeleton.of(b);
            for (Joint hand : new Joint[] {Joint.HAND_NEAR, Joint.HAND_FAR}) {
                double dx = (b.forward() + sb.x(hand)) - (a.forward() + sa.x(hand));
                double dy = sb.y(hand) - sa.y(hand);
                peak = Math.max(peak, Math.hypot(dx, dy) * FPS);
                across += Math.abs(dx);
                up += Math.abs(dy);
            }
            lowestHigh = Math.min(lowestHigh, Math.max(sb.y(Joint.HAND_NEAR), sb.y(Joint.HAND_FAR)));
            hips = Math.max(hips, Math.abs(b.forward() - start.forward()));
        }
        return new double[] {peak, across / 3, up / 3, hips, lowestHigh};
    }

    private static double headHeight(Activity activity, double seconds, Performance p) {
        return Skeleton.of(activity.pose(seconds, p)).y(Joint.HEAD);
    }

    /** The k-th random performance, drawn as the generator draws them. */
    private static Performance performance(Activity activity, int k) {
        return ClipSpec.random(activity, 1000L * activity.ordinal() + k, 320, 240, 3).performance();
    }
}
