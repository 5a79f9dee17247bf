package io.tws4j.protocol.wire;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One complete frame: its raw id as it travelled and a copy of its body.
 *
 * @param rawId the id including the protobuf offset of 200 when the body is protobuf
 * @param body the body bytes; the record owns this array
 */
public record Frame(int rawId, byte[] body) {

    public Frame {
        body = body.clone();
    }

    /** Returns whether the body is protobuf. */
    public boolean isProtobuf() {
        return Frames.isProtobuf(rawId);
    }

    /** Returns the message id without the protobuf offset. */
    public int messageId() {
        return isProtobuf() ? rawId - Frames.PROTOBUF_ID_OFFSET : rawId;
    }

    /** Returns a copy of the body. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** Returns the complete frame, length prefix included. */
    public byte[] toBytes() {
        byte[] frame = new byte[Frames.HEADER_LENGTH + body.length];
        Frames.putInt(frame, 0, body.length + 4);
        Frames.putInt(frame, 4, rawId);
        System.arraycopy(body, 0, frame, Frames.HEADER_LENGTH, body.length);
        return frame;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Frame frame && frame.rawId == rawId && Arrays.equals(frame.body, body);
    }

    @Override
    public int hashCode() {
        return 31 * rawId + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "Frame[rawId=" + rawId + ", body=" + HexFormat.of().formatHex(body) + "]";
    }
}
