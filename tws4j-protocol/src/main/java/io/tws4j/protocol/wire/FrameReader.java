package io.tws4j.protocol.wire;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Parser;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.util.List;

/**
 * Reads frames from a byte stream, with its own buffer, checking each announced length before
 * anything is allocated for it.
 *
 * <p>The reader is a cursor: {@link #next()} reads a frame's header and leaves the body to be
 * decoded in place through {@link #decodeBody} or {@link #bodyBytes()}, and the next call skips
 * whatever the decoder left. A decoder never sees bytes past the frame it was given. One reader
 * serves one stream for its whole life and allocates nothing per frame, which keeps the read path
 * of a busy market-data connection free of garbage. Not thread-safe.
 */
public final class FrameReader {
    /** Returned by {@link #next()} when the stream ended cleanly between two frames. */
    public static final int END_OF_STREAM = -1;

    private final EofTrackingStream source;
    private final CodedInputStream in;
    private int outerLimit;
    private int rawId;
    private int bodyLength;
    private boolean inFrame;

    /** Creates a reader with a 64 KiB buffer. */
    public FrameReader(InputStream source) {
        this(source, 64 * 1024);
    }

    /** Creates a reader that buffers up to {@code bufferSize} bytes of the stream. */
    public FrameReader(InputStream source, int bufferSize) {
        this.source = new EofTrackingStream(source);
        this.in = CodedInputStream.newInstance(this.source, bufferSize);
    }

    /**
     * Waits for the next frame and returns its raw id, or {@link #END_OF_STREAM} if the stream
     * ended cleanly. Any unread rest of the previous frame is skipped first.
     *
     * @throws FrameLengthException if the announced length is below 4 or above {@link Frames#MAX_LENGTH}
     * @throws TruncatedFrameException if the stream ends inside the frame header
     */
    public int next() throws IOException {
        if (inFrame) {
            finish();
        }
        in.resetSizeCounter();
        if (in.isAtEnd()) {
            return END_OF_STREAM;
        }
        long length = Integer.toUnsignedLong(readBigEndianInt("frame length"));
        if (length < 4 || length > Frames.MAX_LENGTH) {
            throw new FrameLengthException(length);
        }
        rawId = readBigEndianInt("message id");
        bodyLength = (int) length - 4;
        outerLimit = in.pushLimit(bodyLength);
        inFrame = true;
        return rawId;
    }

    /** Returns the raw id of the current frame. */
    public int rawId() {
        requireFrame();
        return rawId;
    }

    /** Returns the body length of the current frame. */
    public int bodyLength() {
        requireFrame();
        return bodyLength;
    }

    /**
     * Decodes the current frame's body with {@code decoder}, which may read up to the end of the
     * body and no further.
     *
     * @throws MalformedMessageException if the body is not what the decoder expects
     * @throws TruncatedFrameException if the stream ended inside the body
     */
    public <T> T decodeBody(BodyDecoder<T> decoder) throws IOException {
        requireFrame();
        T value;
        try {
            value = decoder.decode(in);
        } catch (InvalidProtocolBufferException | IllegalArgumentException | DateTimeException e) {
            throw malformed(e);
        }
        // A body cut short by the end of the stream parses as a shorter message; only skipping
        // to the frame's end tells the two apart.
        skipRest();
        return value;
    }

    /** Parses the current frame's body with a generated protobuf parser. */
    public <T> T parseBody(Parser<T> parser) throws IOException {
        return decodeBody(parser::parseFrom);
    }

    /** Reads the rest of the current frame's body as bytes. */
    public byte[] bodyBytes() throws IOException {
        requireFrame();
        try {
            return in.readRawBytes(in.getBytesUntilLimit());
        } catch (InvalidProtocolBufferException e) {
            throw truncated("body");
        }
    }

    /**
     * Reads the rest of the current frame's body as NUL-terminated text fields.
     *
     * @throws MalformedMessageException if the body does not end with NUL
     */
    public List<String> textBody() throws IOException {
        byte[] body = bodyBytes();
        try {
            return TextFields.decode(body);
        } catch (IllegalArgumentException e) {
            throw new MalformedMessageException(rawId, "text frame " + rawId + " does not end with NUL", e);
        }
    }

    /** Reads the next complete frame into a {@link Frame}, or returns null at the end of the stream. */
    public Frame read() throws IOException {
        int id = next();
        return id == END_OF_STREAM ? null : new Frame(id, bodyBytes());
    }

    /** Skips what is left of the current frame's body. */
    public void finish() throws IOException {
        if (!inFrame) {
            return;
        }
        skipRest();
        inFrame = false;
        in.popLimit(outerLimit);
    }

    private void skipRest() throws IOException {
        try {
            int rest = in.getBytesUntilLimit();
            if (rest > 0) {
                in.skipRawBytes(rest);
            }
        } catch (InvalidProtocolBufferException e) {
            throw truncated("body");
        }
    }

    /**
     * Reads exactly {@code count} raw bytes outside any frame, as the handshake's {@code API\0}.
     *
     * @throws TruncatedFrameException if the stream ends first
     */
    public byte[] readRaw(int count) throws IOException {
        requireNoFrame();
        try {
            return in.readRawBytes(count);
        } catch (InvalidProtocolBufferException e) {
            throw truncated("handshake");
        }
    }

    /**
     * Reads a length-prefixed message without a message id, as the handshake's hello and
     * acknowledgement, or returns null if the stream ended cleanly before it.
     */
    public byte[] readLengthPrefixed() throws IOException {
        requireNoFrame();
        in.resetSizeCounter();
        if (in.isAtEnd()) {
            return null;
        }
        long length = Integer.toUnsignedLong(readBigEndianInt("length"));
        if (length > Frames.MAX_LENGTH) {
            throw new FrameLengthException(length);
        }
        return readRaw((int) length);
    }

    /** Returns whether the underlying stream has reported its end. */
    public boolean sawEndOfStream() {
        return source.ended;
    }

    private int readBigEndianInt(String what) throws IOException {
        try {
            return Integer.reverseBytes(in.readRawLittleEndian32());
        } catch (InvalidProtocolBufferException e) {
            throw truncated(what);
        }
    }

    private ProtocolException malformed(Exception cause) {
        if (source.ended && in.getBytesUntilLimit() > 0) {
            return truncated("body");
        }
        return new MalformedMessageException(rawId,
                "frame " + rawId + " (" + bodyLength + " bytes) does not decode: " + cause.getMessage(), cause);
    }

    private TruncatedFrameException truncated(String where) {
        inFrame = false;
        return new TruncatedFrameException("stream ended inside the " + where + (rawId != 0 ? " of frame " + rawId : ""));
    }

    private void requireFrame() {
        if (!inFrame) {
            throw new IllegalStateException("no current frame: call next() first");
        }
    }

    private void requireNoFrame() {
        if (inFrame) {
            throw new IllegalStateException("a frame is being read");
        }
    }

    /** Decodes one message body from a stream limited to that body. */
    @FunctionalInterface
    public interface BodyDecoder<T> {
        T decode(CodedInputStream body) throws IOException;
    }

    /** Remembers whether the stream reported its end, to tell a truncated body from a malformed one. */
    private static final class EofTrackingStream extends FilterInputStream {
        private volatile boolean ended;

        EofTrackingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                ended = true;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n < 0) {
                ended = true;
            }
            return n;
        }
    }
}
