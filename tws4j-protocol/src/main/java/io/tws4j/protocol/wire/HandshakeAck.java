package io.tws4j.protocol.wire;

/**
 * The gateway's answer to a hello: the chosen server version and the gateway's local time.
 *
 * @param serverVersion the version the connection speaks from now on
 * @param connectionTime {@code yyyyMMdd HH:mm:ss <zone>} in the gateway's time zone, as sent
 */
public record HandshakeAck(int serverVersion, String connectionTime) {}
