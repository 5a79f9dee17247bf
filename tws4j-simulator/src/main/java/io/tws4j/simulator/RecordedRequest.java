package io.tws4j.simulator;

import com.google.protobuf.Message;
import io.tws4j.protocol.wire.OutMessage;
import java.time.Instant;

/**
 * A request the gateway received, decoded, for tests to assert on.
 *
 * @param clientId the client id of the connection it came from
 * @param message what it is
 * @param body its decoded protobuf body
 * @param receivedAt when the gateway read it
 */
public record RecordedRequest(int clientId, OutMessage message, Message body, Instant receivedAt) {

    /** Returns the body as its generated class. */
    public <M extends Message> M body(Class<M> type) {
        return type.cast(body);
    }
}
