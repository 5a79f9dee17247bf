package io.tws4j.protocol.wire;

/** A complete frame whose body cannot be decoded as the message its id announces. */
public final class MalformedMessageException extends ProtocolException {
    private final int rawId;

    public MalformedMessageException(int rawId, String message, Throwable cause) {
        super(message, cause);
        this.rawId = rawId;
    }

    /** Returns the id of the frame that could not be decoded. */
    public int rawId() {
        return rawId;
    }

    @Override
    public boolean isFrameSkippable() {
        return true;
    }
}
