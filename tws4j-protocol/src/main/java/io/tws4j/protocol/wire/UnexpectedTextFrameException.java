package io.tws4j.protocol.wire;

/**
 * A text-encoded frame for a message that travels only as protobuf at the negotiated version
 * (every message with a protobuf form, from server version 213 on).
 */
public final class UnexpectedTextFrameException extends ProtocolException {
    private final int rawId;

    public UnexpectedTextFrameException(int rawId, String messageName) {
        super("text frame with id " + rawId + " for " + messageName + ", which travels only as protobuf");
        this.rawId = rawId;
    }

    /** Returns the id of the text frame. */
    public int rawId() {
        return rawId;
    }

    @Override
    public boolean isFrameSkippable() {
        return true;
    }
}
