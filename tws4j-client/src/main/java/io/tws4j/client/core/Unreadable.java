package io.tws4j.client.core;

import io.tws4j.client.ProtocolViolationException;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.MalformedMessageException;

/**
 * The error for a message that parsed but whose values cannot be read, such as a size that is not
 * a number: whatever was waiting for it ends with this error rather than missing an item unseen.
 */
final class Unreadable {

    private Unreadable() {}

    static ProtocolViolationException error(String receiver, InMessage type, RuntimeException cause) {
        return new ProtocolViolationException(receiver + " got a " + type + " it cannot read",
                new MalformedMessageException(type.wireId(), cause.toString(), cause));
    }
}
