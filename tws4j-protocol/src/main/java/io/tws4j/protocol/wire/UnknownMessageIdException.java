package io.tws4j.protocol.wire;

/** A frame whose message id is not a known TWS API message in its direction. */
public final class UnknownMessageIdException extends ProtocolException {
    private final int rawId;

    public UnknownMessageIdException(int rawId, String direction) {
        super("unknown " + direction + " message id " + rawId);
        this.rawId = rawId;
    }

    /** Returns the id exactly as it travelled, including the protobuf offset of 200. */
    public int rawId() {
        return rawId;
    }

    @Override
    public boolean isFrameSkippable() {
        return true;
    }
}
