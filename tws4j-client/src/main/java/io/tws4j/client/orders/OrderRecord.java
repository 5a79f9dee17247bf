package io.tws4j.client.orders;

import io.tws4j.client.core.OrderLine;
import io.tws4j.contracts.Contract;
import io.tws4j.orders.CommissionReport;
import io.tws4j.orders.Execution;
import io.tws4j.orders.ExecutionReport;
import io.tws4j.orders.OpenOrder;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderStatusUpdate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the {@link OrderJournal} knows of one order this client placed: what was sent, whether
 * the gateway acknowledged it, what it reported since (last open order, last status, every
 * execution and commission report, each once), and who waits for or watches it. Guarded by the
 * journal's lock.
 */
final class OrderRecord {
    /** How the order's life stands, as far as this client can tell. */
    enum Outcome {
        /** Working, or waiting for its acknowledgement. */
        LIVE,
        /** TWS rejected it before acknowledging it. */
        REJECTED,
        /** The gateway never received it. */
        NOT_RECEIVED,
        /** Acknowledged once, reported nowhere after a reconnect. */
        UNKNOWN
    }

    final int orderId;
    Contract contract;
    /** The order as last sent (a modification replaces it). */
    Order order;
    long permId;
    Outcome outcome = Outcome.LIVE;
    /** Whether the gateway acknowledged it (any open order, status or execution of its id). */
    boolean acked;
    /** Whether TWS answers it at all: an order sent with transmit=false outside a bracket is held silently. */
    boolean expectsAck = true;
    /** Whether the last message sent for it is a modification of the acknowledged order, not yet acknowledged. */
    boolean modifying;
    /** Whether its last message was written on a connection lost before TWS acknowledged it: reconciliation settles it. */
    boolean inDoubt;
    /** How many connections the client had lost when its last message was written. */
    int writtenAfterLosses;
    OpenOrder lastOpen;
    OrderStatusUpdate lastStatus;
    final Map<String, ExecutionReport> executions = new LinkedHashMap<>();
    final Map<String, CommissionReport> commissions = new LinkedHashMap<>();
    final Set<String> commissionsAwaited = new HashSet<>();
    /** Calls waiting for the acknowledgement of its last message. */
    final List<Placement> waiting = new ArrayList<>();
    /** The handles watching it; iterated while handles end themselves, hence copy-on-write. */
    final List<OrderTracker> trackers = new CopyOnWriteArrayList<>();
    /** The core routes of the messages written for it, released once nothing needs them. */
    final List<OrderLine> lines = new ArrayList<>();

    OrderRecord(int orderId, Contract contract, Order order) {
        this.orderId = orderId;
        this.contract = contract;
        this.order = order;
    }

    boolean isTerminal() {
        return lastStatus != null && lastStatus.status().isTerminal();
    }

    boolean isLive() {
        return outcome == Outcome.LIVE;
    }

    boolean isWatched() {
        return trackers.stream().anyMatch(OrderTracker::isLive);
    }

    /** Returns how much of it executed, by the executions seen. */
    BigDecimal executed() {
        return executions.values().stream().map(report -> report.execution().shares()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Returns its latest execution (the one with the largest cumulative quantity), or null. */
    Execution latestExecution() {
        Execution latest = null;
        for (ExecutionReport report : executions.values()) {
            Execution candidate = report.execution();
            if (latest == null || candidate.cumulativeQuantity().compareTo(latest.cumulativeQuantity()) >= 0) {
                latest = candidate;
            }
        }
        return latest;
    }

    /** Returns the trackers still watching, in the order they attached. */
    List<OrderTracker> liveTrackers() {
        return new ArrayList<>(trackers.stream().filter(OrderTracker::isLive).toList());
    }

    @Override
    public String toString() {
        return "order " + orderId + " (" + order.describe() + " " + contract.describe() + ")";
    }
}
