package io.tws4j.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * One connected client, as {@link SimulatedGateway#status()} sees it.
 *
 * @param clientId the client id it started the API with
 * @param serverVersion the server version its handshake chose
 * @param connectOptions the connect options of its hello ({@code +PACEAPI}...), or ""
 * @param remoteAddress its address, {@code host:port}
 * @param connectedSince when it connected, by the gateway options' clock
 * @param subscriptions its live subscriptions by kind ({@code "market data" -> 3}, {@code "positions" -> 1}...)
 * @param openOrders its orders still working or held
 * @param queuedFrames frames waiting to be written to it
 * @param queuedBytes bytes waiting to be written to it
 * @param framesWritten frames written to it since it connected
 * @param writingHeld whether writing to it is held back ({@link Fault.StopWriting})
 * @param dataPaused whether its live data is stopped ({@link Fault.ConnectivityLost})
 */
public record ClientStatus(int clientId, int serverVersion, String connectOptions, String remoteAddress,
                           Instant connectedSince, Map<String, Integer> subscriptions, int openOrders, long queuedFrames,
                           long queuedBytes, long framesWritten, boolean writingHeld, boolean dataPaused) {

    public ClientStatus {
        subscriptions = Map.copyOf(subscriptions);
    }
}
