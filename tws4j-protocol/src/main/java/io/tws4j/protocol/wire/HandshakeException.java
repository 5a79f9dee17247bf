package io.tws4j.protocol.wire;

/** A hello or acknowledgement that does not follow the TWS API handshake. */
public final class HandshakeException extends ProtocolException {

    public HandshakeException(String message) {
        super(message);
    }

    @Override
    public boolean isFrameSkippable() {
        return false;
    }
}
