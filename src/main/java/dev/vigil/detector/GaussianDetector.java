package dev.vigil.detector;

import dev.vigil.dataset.Clip;
import dev.vigil.io.NumberArrays;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * A Gaussian fitted to the normal embeddings; the score is the Mahalanobis distance to its mean. With a few hundred
 * clips in hundreds of dimensions the sample covariance is singular, so it is shrunk toward a scaled identity:
 * {@code Σ = (1 − s)·S + s·(tr S / d)·I}, with {@code s} from Ledoit–Wolf or fixed by the user.
 */
public final class GaussianDetector implements Detector {

    /** Marks "estimate the shrinkage with Ledoit–Wolf". */
    public static final double LEDOIT_WOLF = -1;

    /** Clips scored together; see {@link #distances}. */
    private static final int BLOCK = 16;

    private final double requestedShrinkage;
    private double shrinkage;
    private double[] mean;
    /** Rows of the lower Cholesky factor of Σ: row i holds i + 1 values. */
    private double[][] factor;

    /** Ledoit–Wolf shrinkage. */
    public GaussianDetector() {
        this(LEDOIT_WOLF);
    }

    /** @param shrinkage in [0, 1], or {@link #LEDOIT_WOLF} */
    public GaussianDetector(double shrinkage) {
        if (shrinkage != LEDOIT_WOLF && !(shrinkage >= 0 && shrinkage <= 1)) {
            throw new IllegalArgumentException("Gaussian shrinkage must be in [0, 1] or Ledoit–Wolf, got " + shrinkage);
        }
        this.requestedShrinkage = shrinkage;
    }

    /** The shrinkage used by the last fit (estimated, for Ledoit–Wolf). */
    public double shrinkage() {
        return shrinkage;
    }

    @Override
    public DetectorKind kind() {
        return DetectorKind.GAUSSIAN;
    }

    @Override
    public String name() {
        String setting = requestedShrinkage == LEDOIT_WOLF ? "Ledoit–Wolf shrinkage" : "shrinkage";
        if (!isFitted() && requestedShrinkage == LEDOIT_WOLF) {
            return "Gaussian (Mahalanobis, " + setting + ")";
        }
        return String.format(Locale.ROOT, "Gaussian (Mahalanobis, %s %.3f)", setting,
                isFitted() ? shrinkage : requestedShrinkage);
    }

    @Override
    public void fit(float[][] embeddings, List<Clip> clips) {
        int d = Embeddings.requireMatrix(embeddings, name());
        double[] m = Covariance.mean(embeddings);
        double[][] columns = Covariance.centredColumns(embeddings, m);
        double[][] sigma = Covariance.empirical(columns);
        double s = requestedShrinkage == LEDOIT_WOLF ? Covariance.ledoitWolfShrinkage(columns, sigma)
                : requestedShrinkage;
        double trace = 0;
        for (int i = 0; i < d; i++) {
            trace += sigma[i][i];
        }
        double mu = trace / d;
        // A tiny ridge keeps the factorisation possible when the data are rank-deficient and s is 0.
        double ridge = 1e-9 * (mu > 0 ? mu : 1);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                sigma[i][j] *= 1 - s;
            }
            sigma[i][i] = (1 - s) * sigma[i][i] + s * mu + ridge;
        }
        if (!Covariance.cholesky(sigma)) {
            throw new IllegalArgumentException(name() + ": the covariance of " + embeddings.length + " clips in "
                    + d + " dimensions is singular; use Ledoit–Wolf or a shrinkage above 0");
        }
        double[][] lower = new double[d][];
        for (int i = 0; i < d; i++) {
            lower[i] = Arrays.copyOf(sigma[i], i + 1);
        }
        mean = m;
        factor = lower;
        shrinkage = s;
    }

    @Override
    public boolean isFitted() {
        return mean != null;
    }

    @Override
    public int dimension() {
        return mean == null ? 0 : mean.length;
    }

    @Override
    public double[] score(float[][] embeddings) {
        Embeddings.requireDimension(embeddings, dimension(), name());
        double[] scores = new double[embeddings.length];
        int blocks = (embeddings.length + BLOCK - 1) / BLOCK;
        IntStream.range(0, blocks).parallel().forEach(b -> distances(embeddings, b * BLOCK,
                Math.min(embeddings.length, (b + 1) * BLOCK), scores));
        return scores;
    }

    /**
     * √((x − μ)ᵀ Σ⁻¹ (x − μ)) = ‖L⁻¹(x − μ)‖ by forward substitution, for the rows {@code from..to} together: each
     * row of L is read once for the whole block while it is in cache, instead of streaming L once per clip.
     */
    private void distances(float[][] x, int from, int to, double[] scores) {
        int d = mean.length;
        double[][] z = new double[to - from][d];
        for (int i = 0; i < d; i++) {
            double[] li = factor[i];
            for (int q = from; q < to; q++) {
                double[] zq = z[q - from];
                zq[i] = (x[q][i] - mean[i] - VectorMath.dot(li, zq, i)) / li[i];
            }
        }
        for (int q = from; q < to; q++) {
            scores[q] = Math.sqrt(VectorMath.dot(z[q - from], z[q - from], d));
        }
    }

    @Override
    public void writeState(DataOutputStream out) throws IOException {
        out.writeDouble(requestedShrinkage);
        out.writeDouble(shrinkage);
        NumberArrays.writeDoubles(out, mean);
        for (double[] row : factor) {
            NumberArrays.writeDoubles(out, row);
        }
    }

    static GaussianDetector read(DataInputStream in) throws IOException {
        GaussianDetector detector = new GaussianDetector(in.readDouble());
        detector.shrinkage = in.readDouble();
        double[] mean = NumberArrays.readDoubles(in, -1);
        double[][] factor = new double[mean.length][];
        for (int i = 0; i < mean.length; i++) {
            factor[i] = NumberArrays.readDoubles(in, i + 1);
        }
        detector.factor = factor;
        detector.mean = mean;
        return detector;
    }
}
