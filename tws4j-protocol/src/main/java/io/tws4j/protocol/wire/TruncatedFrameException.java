package io.tws4j.protocol.wire;

/** The stream ended in the middle of a frame. */
public final class TruncatedFrameException extends ProtocolException {

    public TruncatedFrameException(String message) {
        super(message);
    }

    @Override
    public boolean isFrameSkippable() {
        return false;
    }
}
