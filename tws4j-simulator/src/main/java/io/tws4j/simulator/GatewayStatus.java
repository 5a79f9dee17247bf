package io.tws4j.simulator;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot of a running {@link SimulatedGateway}, for dashboards and admin APIs: plain records,
 * ready to serialise.
 *
 * {@snippet :
 * GatewayStatus status = gateway.status();
 * status.clients().forEach(client -> System.out.println(client.clientId() + " " + client.queuedFrames()));
 * }
 *
 * @param address {@code host:port} clients connect to
 * @param listening whether the port accepts connections now (not during a restart's downtime)
 * @param maxServerVersion the highest server version the gateway speaks
 * @param gatewayTime the gateway's time now
 * @param speed how many gateway seconds pass per second of the options' clock
 * @param wallTime the options' clock now
 * @param clients the clients that started the API, by client id
 * @param pendingConnections connections still in their handshake
 * @param marketData what streams, for every client together
 * @param scenarios the scenarios played since the gateway started
 * @param threads the engine's own threads and tasks
 */
public record GatewayStatus(String address, boolean listening, int maxServerVersion, Instant gatewayTime, double speed,
                            Instant wallTime, List<ClientStatus> clients, int pendingConnections,
                            MarketDataStatus marketData, List<ScenarioProgress> scenarios, EngineThreads threads) {

    public GatewayStatus {
        clients = List.copyOf(clients);
        scenarios = List.copyOf(scenarios);
    }

    /**
     * The engine's threads and timed work.
     *
     * @param writers the sessions' writer threads running
     * @param repeatingTasks timed tasks scheduled to repeat (live feeds, bars, scanners, the watchdog...)
     * @param runningTasks timed task runs in progress
     */
    public record EngineThreads(int writers, int repeatingTasks, int runningTasks) {}
}
