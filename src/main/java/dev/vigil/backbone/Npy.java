package dev.vigil.backbone;

import dev.vigil.io.AtomicFiles;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy's {@code .npy} format (version 1.0) for 2-D float32 matrices, so that embeddings open in Python with
 * {@code numpy.load}.
 */
public final class Npy {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\((\\d+),\\s*(\\d+)\\s*,?\\)");

    private Npy() {
    }

    /** Writes rows of equal length as a little-endian float32 matrix [rows, columns], atomically. */
    public static void write(Path file, float[][] rows, int columns) throws IOException {
        String header = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + rows.length + ", " + columns + "), }";
        // magic (6) + version (2) + header length (2) + header + padding + '\n' is a multiple of 64
        int unpadded = 10 + header.length() + 1;
        String padded = header + " ".repeat((64 - unpadded % 64) % 64) + "\n";
        AtomicFiles.write(file, out -> {
            out.write(MAGIC);
            out.write(new byte[] {1, 0});
            int length = padded.length();
            out.write(new byte[] {(byte) (length & 0xff), (byte) (length >> 8)});
            out.write(padded.getBytes(StandardCharsets.US_ASCII));
            ByteBuffer row = ByteBuffer.allocate(columns * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            for (float[] values : rows) {
                if (values.length != columns) {
                    throw new IOException("npy " + file + ": a row has " + values.length + " values, expected " + columns);
                }
                row.clear();
                row.asFloatBuffer().put(values);
                out.write(row.array());
            }
        });
    }

    /** Reads a float32 matrix written by {@link #write} (or by numpy with dtype float32, C order). */
    public static float[][] read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(raw)) {
            byte[] magic = new byte[6];
            in.readFully(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new IOException("npy " + file + ": not a .npy file");
            }
            int major = in.readUnsignedByte();
            in.readUnsignedByte();
            int length = major == 1 ? Short.toUnsignedInt(Short.reverseBytes(in.readShort()))
                    : Integer.reverseBytes(in.readInt());
            byte[] headerBytes = new byte[length];
            in.readFully(headerBytes);
            String header = new String(headerBytes, StandardCharsets.US_ASCII);
            if (!header.contains("'<f4'") || header.contains("'fortran_order': True")) {
                throw new IOException("npy " + file + ": expected little-endian float32 in C order, header " + header.strip());
            }
            Matcher shape = SHAPE.matcher(header);
            if (!shape.find()) {
                throw new IOException("npy " + file + ": expected a 2-D matrix, header " + header.strip());
            }
            int rows = Integer.parseInt(shape.group(1));
            int columns = Integer.parseInt(shape.group(2));
            float[][] out = new float[rows][columns];
            byte[] row = new byte[columns * Float.BYTES];
            for (int r = 0; r < rows; r++) {
                in.readFully(row);
                ByteBuffer.wrap(row).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out[r]);
            }
            return out;
        } catch (java.io.EOFException e) {
            throw new IOException("npy " + file + ": file ends early (truncated)", e);
        }
    }
}
