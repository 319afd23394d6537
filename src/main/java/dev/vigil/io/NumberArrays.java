package dev.vigil.io;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Float and double arrays in binary files: a length, then the values big-endian (as {@link DataOutputStream}
 * writes them), converted in bulk rather than one call per value.
 */
public final class NumberArrays {

    private static final int CHUNK = 1 << 13;

    private NumberArrays() {
    }

    public static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        out.writeInt(values.length);
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK * Float.BYTES);
        for (int start = 0; start < values.length; start += CHUNK) {
            int n = Math.min(CHUNK, values.length - start);
            buffer.clear();
            buffer.asFloatBuffer().put(values, start, n);
            out.write(buffer.array(), 0, n * Float.BYTES);
        }
    }

    /** Reads what {@link #writeFloats} wrote; {@code expected} is the required length, or -1 for any. */
    public static float[] readFloats(DataInputStream in, int expected) throws IOException {
        int length = readLength(in, expected, Float.BYTES);
        float[] values = new float[length];
        byte[] bytes = new byte[CHUNK * Float.BYTES];
        for (int start = 0; start < length; start += CHUNK) {
            int n = Math.min(CHUNK, length - start);
            in.readFully(bytes, 0, n * Float.BYTES);
            ByteBuffer.wrap(bytes, 0, n * Float.BYTES).asFloatBuffer().get(values, start, n);
        }
        return values;
    }

    public static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK * Double.BYTES);
        for (int start = 0; start < values.length; start += CHUNK) {
            int n = Math.min(CHUNK, values.length - start);
            buffer.clear();
            buffer.asDoubleBuffer().put(values, start, n);
            out.write(buffer.array(), 0, n * Double.BYTES);
        }
    }

    /** Reads what {@link #writeDoubles} wrote; {@code expected} is the required length, or -1 for any. */
    public static double[] readDoubles(DataInputStream in, int expected) throws IOException {
        int length = readLength(in, expected, Double.BYTES);
        double[] values = new double[length];
        byte[] bytes = new byte[CHUNK * Double.BYTES];
        for (int start = 0; start < length; start += CHUNK) {
            int n = Math.min(CHUNK, length - start);
            in.readFully(bytes, 0, n * Double.BYTES);
            ByteBuffer.wrap(bytes, 0, n * Double.BYTES).asDoubleBuffer().get(values, start, n);
        }
        return values;
    }

    private static int readLength(DataInputStream in, int expected, int width) throws IOException {
        int length = in.readInt();
        if (length < 0 || (expected >= 0 && length != expected)) {
            throw new IOException("expected " + (expected >= 0 ? expected + " values" : "a length") + ", found "
                    + length);
        }
        if ((long) length * width > Integer.MAX_VALUE) {
            throw new IOException("array of " + length + " values is too large");
        }
        return length;
    }
}
