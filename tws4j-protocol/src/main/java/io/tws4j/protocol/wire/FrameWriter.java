package io.tws4j.protocol.wire;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.MessageLite;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes frames to a byte stream through one buffer, serialising protobuf bodies in place.
 * Not thread-safe: one writer per stream, used under the owner's lock.
 */
public final class FrameWriter {
    private final OutputStream target;
    private final CodedOutputStream out;

    /** Creates a writer with a 64 KiB buffer. */
    public FrameWriter(OutputStream target) {
        this(target, 64 * 1024);
    }

    /** Creates a writer that buffers up to {@code bufferSize} bytes before writing through. */
    public FrameWriter(OutputStream target, int bufferSize) {
        this.target = target;
        this.out = CodedOutputStream.newInstance(target, bufferSize);
    }

    /** Buffers a protobuf frame; nothing reaches the stream before {@link #flush()} or a full buffer. */
    public void write(int rawId, MessageLite body) throws IOException {
        int size = body.getSerializedSize();
        if (size + 4 > Frames.MAX_LENGTH) {
            throw new FrameLengthException(size + 4L);
        }
        writeInt(size + 4);
        writeInt(rawId);
        body.writeTo(out);
    }

    /** Buffers a frame whose body is already encoded. */
    public void write(int rawId, byte[] body) throws IOException {
        if (body.length + 4 > Frames.MAX_LENGTH) {
            throw new FrameLengthException(body.length + 4L);
        }
        writeInt(body.length + 4);
        writeInt(rawId);
        out.writeRawBytes(body);
    }

    /** Buffers raw bytes as they are: a handshake, a pre-encoded frame, or deliberately broken input. */
    public void writeRaw(byte[] bytes) throws IOException {
        out.writeRawBytes(bytes);
    }

    /** Writes everything buffered to the stream and flushes it. */
    public void flush() throws IOException {
        out.flush();
        target.flush();
    }

    private void writeInt(int value) throws IOException {
        out.writeRawByte((byte) (value >>> 24));
        out.writeRawByte((byte) (value >>> 16));
        out.writeRawByte((byte) (value >>> 8));
        out.writeRawByte((byte) value);
    }
}
