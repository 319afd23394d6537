package dev.vigil.samples;

/**
 * Where the figure stands in the picture.
 *
 * @param x       horizontal pixel position of the hip
 * @param groundY vertical pixel position of the ground under the figure
 * @param scale   figure height in pixels (pixels per figure unit)
 * @param facing  +1 facing (and travelling) right, -1 left
 */
public record Placement(double x, double groundY, double scale, int facing) {

    public Placement {
        if (facing != 1 && facing != -1) {
            throw new IllegalArgumentException("facing must be +1 or -1, got " + facing);
        }
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive, got " + scale);
        }
    }

    /** The same placement at another x. */
    public Placement atX(double value) {
        return new Placement(value, groundY, scale, facing);
    }

    /** The same placement facing the other way. */
    public Placement turned() {
        return new Placement(x, groundY, scale, -facing);
    }
}
