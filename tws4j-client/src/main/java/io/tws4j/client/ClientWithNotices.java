package io.tws4j.client;

import io.tws4j.connection.Notice;

/**
 * A connected client and the notice stream it had before the handshake, so that the farm-status
 * and other notices sent while connecting are not missed.
 *
 * @param client the connected client
 * @param notices the connection-wide notices, from the first one the gateway sent
 */
public record ClientWithNotices(TwsClient client, Subscription<Notice> notices) implements AutoCloseable {

    /** Closes the notice stream and the client. */
    @Override
    public void close() {
        notices.close();
        client.close();
    }
}
