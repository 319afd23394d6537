package dev.vigil.cli;

import picocli.CommandLine;

import java.util.Locale;

/** A length of time as a user writes it: {@code 5s}, {@code 500ms}, {@code 2m}, {@code 1h} or plain seconds. */
final class Seconds implements CommandLine.ITypeConverter<Double> {

    @Override
    public Double convert(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        double unit = 1;
        if (t.endsWith("ms")) {
            unit = 0.001;
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("s")) {
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("m")) {
            unit = 60;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("h")) {
            unit = 3600;
            t = t.substring(0, t.length() - 1);
        }
        try {
            double value = Double.parseDouble(t.strip()) * unit;
            if (value < 0 || !Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a length of time (e.g. 5s, 500ms, "
                    + "2m)");
        }
    }
}
