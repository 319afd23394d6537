package dev.vigil.backbone;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import dev.vigil.io.NumberArrays;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The parameters of a fine-tuned TorchScript backbone from an index on: what fine-tuning changes, and so what
 * checkpoints, run folders ({@code backbone-tuned.bin}) and bundles carry on top of the model file. Fine-tuning
 * keeps the module in evaluation mode ({@link TorchScriptBackbone#forwardWithGradients}), so these parameters are
 * the backbone's whole trained state.
 *
 * <pre>
 * "VIGILTBP" | int version | UTF backbone id | int first index | int count | count × (UTF name, floats)
 * </pre>
 */
public final class TunedParameters {

    private static final byte[] MAGIC = "VIGILTBP".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;

    private TunedParameters() {
    }

    /** Writes the backbone's parameters from {@code first} on (the stream is flushed, not closed). */
    public static void write(TorchScriptBackbone backbone, int first, OutputStream target) throws IOException {
        List<String> names = backbone.parameterNames();
        DataOutputStream out = new DataOutputStream(target);
        out.write(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(backbone.card().id());
        out.writeInt(first);
        out.writeInt(names.size() - first);
        for (int i = first; i < names.size(); i++) {
            out.writeUTF(names.get(i));
            NumberArrays.writeFloats(out, floats(backbone, i));
        }
        out.flush();
    }

    /**
     * Reads what {@link #write} wrote into the backbone's parameters, in place (the module sees the new values).
     *
     * @return the index of the first parameter read
     * @throws IOException when the data belong to another backbone or do not fit its parameters
     */
    public static int read(TorchScriptBackbone backbone, InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(source);
        byte[] magic = new byte[MAGIC.length];
        in.readFully(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not the parameters of a fine-tuned backbone");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("tuned parameters format " + version + " is not supported (expected " + VERSION + ")");
        }
        String id = in.readUTF();
        if (!id.equals(backbone.card().id())) {
            throw new IOException("tuned parameters of backbone '" + id + "', not of '" + backbone.card().id() + "'");
        }
        List<String> names = backbone.parameterNames();
        int first = in.readInt();
        int count = in.readInt();
        if (first < 0 || count < 0 || first + count != names.size()) {
            throw new IOException("tuned parameters " + first + ".." + (first + count - 1) + " do not fit backbone '"
                    + id + "', which has " + names.size() + " parameters");
        }
        for (int i = first; i < names.size(); i++) {
            String name = in.readUTF();
            if (!name.equals(names.get(i))) {
                throw new IOException("tuned parameter " + i + " is '" + name + "', backbone '" + id + "' has '"
                        + names.get(i) + "' there");
            }
            NDArray array = backbone.parameter(i).getArray();
            float[] values = NumberArrays.readFloats(in, Math.toIntExact(array.size()));
            array.set(values);
        }
        return first;
    }

    private static float[] floats(TorchScriptBackbone backbone, int index) throws IOException {
        NDArray array = backbone.parameter(index).getArray();
        if (array.getDataType() != DataType.FLOAT32) {
            throw new IOException("backbone '" + backbone.card().id() + "' parameter "
                    + backbone.parameterNames().get(index) + " is " + array.getDataType() + "; fine-tuning keeps "
                    + "float32 parameters only");
        }
        return array.toFloatArray();
    }
}
