package io.tws4j.client.core;

import io.tws4j.client.ProtocolViolationException;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.MalformedMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The error for a message that parsed but whose values cannot be read, such as a size that is not
 * a number: whatever was waiting for it ends with this error rather than missing an item unseen.
 */
final class Unreadable {
    private static final Logger log = LoggerFactory.getLogger(Unreadable.class);

    private Unreadable() {}

    /** Logs the failure with its stack trace and returns the error to end {@code receiver} with. */
    static ProtocolViolationException error(String receiver, InMessage type, RuntimeException cause) {
        log.error("{}: could not read {}", receiver, type, cause);
        return new ProtocolViolationException(receiver + " got a " + type + " it cannot read",
                new MalformedMessageException(type.wireId(), cause.toString(), cause));
    }
}
