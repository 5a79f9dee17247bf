package io.tws4j.protocol.wire;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The text body of the few messages without a protobuf form: fields, each terminated by NUL. */
public final class TextFields {

    private TextFields() {}

    /** Encodes fields, each followed by a NUL byte. */
    public static byte[] encode(String... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String field : fields) {
            if (field.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("a text field cannot contain NUL: " + field);
            }
            out.writeBytes(field.getBytes(StandardCharsets.UTF_8));
            out.write(0);
        }
        return out.toByteArray();
    }

    /**
     * Splits a body into its fields. Every field must be NUL-terminated.
     *
     * @throws IllegalArgumentException if the body does not end with NUL
     */
    public static List<String> decode(byte[] body) {
        List<String> fields = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0) {
                fields.add(new String(body, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start != body.length) {
            throw new IllegalArgumentException("text body does not end with NUL");
        }
        return fields;
    }
}
