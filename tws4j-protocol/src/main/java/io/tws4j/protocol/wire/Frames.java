package io.tws4j.protocol.wire;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.MessageLite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Constants and one-shot encoders of the frame layout {@code [uint32 length][int32 id][body]},
 * where the length counts the id and the body but not itself.
 */
public final class Frames {
    /** The largest length a frame may announce: 16 MiB minus one byte. */
    public static final int MAX_LENGTH = 0xFFFFFF;
    /** Added to a message id when its body is protobuf. */
    public static final int PROTOBUF_ID_OFFSET = 200;
    /** Bytes of the length and the id together. */
    public static final int HEADER_LENGTH = 8;

    private Frames() {}

    /** Returns whether a raw id announces a protobuf body. */
    public static boolean isProtobuf(int rawId) {
        return rawId > PROTOBUF_ID_OFFSET;
    }

    /** Encodes a complete protobuf frame. */
    public static byte[] encode(int rawId, MessageLite body) {
        int size = body.getSerializedSize();
        byte[] frame = new byte[HEADER_LENGTH + size];
        putInt(frame, 0, size + 4);
        putInt(frame, 4, rawId);
        CodedOutputStream out = CodedOutputStream.newInstance(frame, HEADER_LENGTH, size);
        try {
            body.writeTo(out);
            out.checkNoSpaceLeft();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return frame;
    }

    /** Encodes a complete protobuf frame for an incoming (gateway to client) message. */
    public static byte[] encode(InMessage message, MessageLite body) {
        return encode(message.wireId(), body);
    }

    /** Encodes a complete protobuf frame for an outgoing (client to gateway) message. */
    public static byte[] encode(OutMessage message, MessageLite body) {
        return encode(message.wireId(), body);
    }

    /** Encodes a complete frame with a text body of NUL-terminated fields. */
    public static byte[] encodeText(int rawId, String... fields) {
        byte[] body = TextFields.encode(fields);
        byte[] frame = new byte[HEADER_LENGTH + body.length];
        putInt(frame, 0, body.length + 4);
        putInt(frame, 4, rawId);
        System.arraycopy(body, 0, frame, HEADER_LENGTH, body.length);
        return frame;
    }

    /** Encodes a length-prefixed message without an id, as the handshake uses. */
    public static byte[] encodeLengthPrefixed(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4 + body.length);
        out.write(body.length >>> 24);
        out.write(body.length >>> 16);
        out.write(body.length >>> 8);
        out.write(body.length);
        out.writeBytes(body);
        return out.toByteArray();
    }

    static void putInt(byte[] target, int offset, int value) {
        target[offset] = (byte) (value >>> 24);
        target[offset + 1] = (byte) (value >>> 16);
        target[offset + 2] = (byte) (value >>> 8);
        target[offset + 3] = (byte) value;
    }
}
