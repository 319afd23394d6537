package dev.vigil.detector;

/**
 * The inner loops of the baselines. Four independent sums let the processor overlap the additions instead of
 * waiting for each one (a single running sum is one long dependency chain); the order of additions is fixed, so
 * results do not depend on threading.
 */
final class VectorMath {

    private VectorMath() {
    }

    /** Σ a[i]·b[i] for i &lt; n. */
    static double dot(double[] a, double[] b, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < n; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Σ (a[i] − b[offset + i])² over the length of {@code a}. */
    static double squaredDistance(float[] a, float[] b, int offset) {
        int n = a.length;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            double t0 = a[i] - b[offset + i];
            double t1 = a[i + 1] - b[offset + i + 1];
            double t2 = a[i + 2] - b[offset + i + 2];
            double t3 = a[i + 3] - b[offset + i + 3];
            s0 += t0 * t0;
            s1 += t1 * t1;
            s2 += t2 * t2;
            s3 += t3 * t3;
        }
        for (; i < n; i++) {
            double t = a[i] - b[offset + i];
            s0 += t * t;
        }
        return (s0 + s1) + (s2 + s3);
    }
}
