package dev.vigil.samples;

/**
 * Everything about a recording that does not depend on what the figure does: the ground, the figure's looks and the
 * camera.
 *
 * @param groundSeed seed of the sports ground (layout, colours, texture)
 * @param figure     the performer's looks
 * @param camera     noise, shake, exposure
 */
public record SceneLook(long groundSeed, FigureStyle figure, CameraStyle camera) {

    /** Shirt and legwear differ from the grass by at least this much brightness (0–255), most of the time. */
    private static final double MIN_CONTRAST = 40;

    /**
     * A random look for {@code seed}: each aspect from its own stream, so they vary independently. Clothes that
     * would melt into the grass are drawn again (a few times at most), as a camera operator would not film a
     * figure nobody can see; colours stay just as varied.
     */
    public static SceneLook random(long seed) {
        Rng rng = new Rng(seed);
        long ground = rng.fork("ground").nextLong();
        double grass = luma(SportsGround.grassColor(ground));
        Rng figures = rng.fork("figure");
        FigureStyle figure = FigureStyle.random(figures);
        for (int attempt = 0; attempt < 8 && !standsOut(figure, grass); attempt++) {
            figure = FigureStyle.random(figures);
        }
        return new SceneLook(ground, figure, CameraStyle.random(rng.fork("camera")));
    }

    private static boolean standsOut(FigureStyle figure, double grass) {
        return Math.abs(luma(figure.shirt()) - grass) >= MIN_CONTRAST
                && Math.abs(luma(figure.legwear()) - grass) >= MIN_CONTRAST;
    }

    private static double luma(int color) {
        return 0.299 * Rgb.red(color) + 0.587 * Rgb.green(color) + 0.114 * Rgb.blue(color);
    }
}
