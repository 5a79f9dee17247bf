package io.tws4j.protocol.wire;

import java.io.IOException;

/**
 * Bytes that do not follow the TWS API wire format. Each subtype names one way the input can be
 * wrong, so that a reader can tell a stream it must abandon from a single frame it can skip.
 */
public abstract sealed class ProtocolException extends IOException
        permits FrameLengthException, TruncatedFrameException, UnknownMessageIdException,
                MalformedMessageException, UnexpectedTextFrameException, HandshakeException {

    protected ProtocolException(String message) {
        super(message);
    }

    protected ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Returns whether the stream stays in step after this error: the frame's length was read, so
     * the reader can skip the frame and go on with the next.
     */
    public abstract boolean isFrameSkippable();
}
