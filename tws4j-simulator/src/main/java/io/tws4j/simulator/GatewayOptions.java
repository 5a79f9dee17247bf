package io.tws4j.simulator;

import io.tws4j.simulator.historical.HistoricalLimits;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The configuration of a {@link SimulatedGateway}, fixed before it starts; built by
 * {@link SimulatedGateway#builder()}.
 *
 * @param bindAddress the address to listen on
 * @param port the port to listen on; 0 picks a free one
 * @param seed the seed of every random choice the gateway makes
 * @param accounts the accounts the simulated login manages
 * @param maxServerVersion the highest server version the gateway speaks (213 to 226)
 * @param timeZone the zone of the gateway's clock, sent in the connection time
 * @param trustedAddresses non-loopback client addresses allowed to connect, like TWS's trusted IPs
 * @param maxClients how many connections may be open at once, counted from accept (TWS allows 32 clients)
 * @param clock the gateway's clock
 * @param firstOrderId the first order id a new client id gets
 * @param recordedRequests how many received requests are kept for {@link SimulatedGateway#takeRequest}
 * @param speed how many seconds of gateway time pass per second of {@code clock}; 1 is real time
 * @param startTime the gateway time at start, if not the clock's
 * @param readOnlyApi whether TWS's Read-Only API setting starts checked
 * @param whiteBrandingId the white-branding id user info reports; empty for a login that is not white-branded
 * @param historicalLimits the historical pacing rules and the data farm's answer delay
 * @param marketData what the login may stream, and TWS's limits on it
 * @param outboundLimits how far a client may fall behind reading before it is dropped
 * @param handshakeTimeout how long a new connection has, in all, to send its hello and START_API
 * @param messageRateLimit the limit on the messages a client may send a second, if any
 * @param firehose how the firehose ({@value FirehoseOptions#SYMBOL}) streams
 */
public record GatewayOptions(String bindAddress, int port, long seed, List<String> accounts, int maxServerVersion,
                             ZoneId timeZone, Set<String> trustedAddresses, int maxClients, InstantSource clock,
                             int firstOrderId, int recordedRequests, double speed, Optional<Instant> startTime,
                             boolean readOnlyApi, String whiteBrandingId, HistoricalLimits historicalLimits,
                             MarketDataEntitlements marketData, OutboundLimits outboundLimits, Duration handshakeTimeout,
                             Optional<MessageRateLimit> messageRateLimit, FirehoseOptions firehose) {

    public GatewayOptions {
        accounts = List.copyOf(accounts);
        trustedAddresses = Set.copyOf(trustedAddresses);
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number, not " + speed);
        }
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(whiteBrandingId);
        Objects.requireNonNull(historicalLimits, "historicalLimits");
        Objects.requireNonNull(marketData, "marketData");
        Objects.requireNonNull(outboundLimits, "outboundLimits");
        Objects.requireNonNull(messageRateLimit, "messageRateLimit");
        Objects.requireNonNull(firehose, "firehose");
        if (handshakeTimeout.isNegative() || handshakeTimeout.isZero()) {
            throw new IllegalArgumentException("handshakeTimeout must be positive, not " + handshakeTimeout);
        }
    }

    /** Returns whether a client at {@code address} may connect: loopback always may. */
    public boolean isTrusted(InetAddress address) {
        return address.isLoopbackAddress() || trustedAddresses.contains(address.getHostAddress());
    }
}
