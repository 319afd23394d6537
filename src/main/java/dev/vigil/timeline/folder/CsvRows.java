package dev.vigil.timeline.folder;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an RFC 4180 CSV file row by row, for score files too long to hold as text (a row per frame of hours of
 * video). Blank lines are skipped; a byte-order mark is ignored.
 */
final class CsvRows implements AutoCloseable {

    private final BufferedReader reader;
    private boolean started;

    CsvRows(Path file) throws IOException {
        this.reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    /** The next row, or null at the end of the file. */
    List<String> next() throws IOException {
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int ch;
        while ((ch = reader.read()) >= 0) {
            if (!started) {
                started = true;
                if (ch == '\uFEFF') {
                    continue;
                }
            }
            if (quoted) {
                if (ch == '"') {
                    reader.mark(1);
                    if (reader.read() == '"') {
                        field.append('"');
                    } else {
                        reader.reset();
                        quoted = false;
                    }
                } else {
                    field.append((char) ch);
                }
            } else if (ch == '"') {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    reader.mark(1);
                    if (reader.read() != '\n') {
                        reader.reset();
                    }
                }
                if (any || field.length() > 0) {
                    row.add(field.toString());
                    return row;
                }
            } else {
                field.append((char) ch);
                any = true;
            }
        }
        if (any || field.length() > 0) {
            row.add(field.toString());
            return row;
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
