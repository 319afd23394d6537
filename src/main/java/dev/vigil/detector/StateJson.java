package dev.vigil.detector;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Settings a detector keeps in its state as length-prefixed JSON. Apart from {@link Detectors}, so that a detector
 * writing its state does not depend on the class that knows every kind of detector.
 */
final class StateJson {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private StateJson() {
    }

    static void write(DataOutputStream out, Object value) throws IOException {
        byte[] json = JSON.writeValueAsBytes(value);
        out.writeInt(json.length);
        out.write(json);
    }

    static <T> T read(DataInputStream in, Class<T> type) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > (1 << 20)) {
            throw new IOException("bad settings length " + length);
        }
        byte[] json = new byte[length];
        in.readFully(json);
        return JSON.readValue(json, type);
    }
}
