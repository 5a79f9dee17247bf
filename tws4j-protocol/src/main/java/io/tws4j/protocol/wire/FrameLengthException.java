package io.tws4j.protocol.wire;

/**
 * A frame length outside {@code 4..0xFFFFFF}. Raised as soon as the length is read, before any
 * buffer is allocated; the stream cannot be resynchronised after it.
 */
public final class FrameLengthException extends ProtocolException {
    private final long length;

    public FrameLengthException(long length) {
        super(length > Frames.MAX_LENGTH
                ? "frame length " + length + " exceeds the maximum of " + Frames.MAX_LENGTH
                : "frame length " + length + " is too short to hold a message id");
        this.length = length;
    }

    /** Returns the length read from the wire, as an unsigned value. */
    public long length() {
        return length;
    }

    @Override
    public boolean isFrameSkippable() {
        return false;
    }
}
