package dev.vigil.samples;

import java.util.List;

/**
 * How the performer looks: colours of skin, hair and clothes, and the cut of the clothes. Drawn from the same
 * distribution for every activity, so that no colour says what the figure is doing.
 *
 * @param skin        skin colour (0xRRGGBB)
 * @param hair        hair colour
 * @param shirt       shirt colour
 * @param legwear     trousers or shorts colour
 * @param shoes       shoe colour
 * @param longSleeves true when the shirt covers the forearms
 * @param shorts      true when the shins show skin
 */
public record FigureStyle(int skin, int hair, int shirt, int legwear, int shoes, boolean longSleeves,
                          boolean shorts) {

    private static final List<Integer> SKIN = List.of(0xEBC3A4, 0xE0AC86, 0xC98D63, 0xA86F4A, 0x7C5034, 0x5A3A26);
    private static final List<Integer> HAIR = List.of(0x1E1914, 0x3C2A1C, 0x6E4B2D, 0xC8A564, 0x9A9A96, 0x8C3C1E);
    private static final List<Integer> LEGWEAR = List.of(0x1F2A44, 0x202020, 0x5A5A5E, 0xB59B70, 0xEEEEEA, 0xB0252A,
            0x2D4F8E, 0x3B3B52);
    private static final List<Integer> SHOES = List.of(0xF0F0F0, 0x1A1A1A, 0x6B6B6B, 0xC23B22, 0x2C5BB0, 0x8A5A2B);

    /** A random look. Shirt hues skip the greens of the grass so that the figure stays visible on the field. */
    static FigureStyle random(Rng rng) {
        int skin = Rgb.scale(rng.pick(SKIN), rng.uniform(0.92, 1.06));
        int hair = rng.pick(HAIR);
        int shirt;
        if (rng.chance(0.25)) {
            double grey = rng.pick(List.of(0.12, 0.35, 0.6, 0.93));
            shirt = Rgb.hsv(0, 0, grey + rng.uniform(-0.04, 0.04));
        } else {
            double hue = rng.uniform(155, 430);
            shirt = Rgb.hsv(hue, rng.uniform(0.45, 0.95), rng.uniform(0.4, 0.95));
        }
        int legwear = Rgb.scale(rng.pick(LEGWEAR), rng.uniform(0.9, 1.08));
        int shoes = rng.pick(SHOES);
        return new FigureStyle(skin, hair, shirt, legwear, shoes, rng.chance(0.4), rng.chance(0.45));
    }
}
