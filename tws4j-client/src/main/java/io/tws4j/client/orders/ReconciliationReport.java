package io.tws4j.client.orders;

import java.time.Instant;
import java.util.List;

/**
 * What the reconciliation after a reconnect found: the gap it covered, what it recovered, and
 * the orders whose fate it settled. See {@code docs/recovery.md}.
 *
 * @param lostAt when the connection was lost
 * @param reconnectedAt when the new connection was up
 * @param ordersChecked how many of this client's orders were matched against the gateway's
 * @param statusesRecovered status changes that happened during the gap, delivered now
 * @param fillsRecovered executions that happened during the gap, delivered now (each once)
 * @param notReceived ids of orders (or modifications) the gateway never received: safe to send again
 * @param unknownToGateway ids of acknowledged orders the gateway no longer reports
 * @param confirmed ids of orders whose acknowledgement the lost connection cut off, found at the gateway
 */
public record ReconciliationReport(Instant lostAt, Instant reconnectedAt, int ordersChecked, int statusesRecovered,
                                   int fillsRecovered, List<Integer> notReceived, List<Integer> unknownToGateway,
                                   List<Integer> confirmed) {
    public ReconciliationReport {
        notReceived = List.copyOf(notReceived);
        unknownToGateway = List.copyOf(unknownToGateway);
        confirmed = List.copyOf(confirmed);
    }
}
