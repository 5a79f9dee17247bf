package io.tws4j.simulator.orders;

import io.tws4j.orders.CommissionReport;
import io.tws4j.orders.ExecutionReport;
import io.tws4j.orders.OpenOrder;
import io.tws4j.orders.OrderBound;
import io.tws4j.orders.codec.OrdersCodec;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.core.GatewayEngine;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Tells clients about orders as TWS does: an order's open-order and status messages, executions
 * and commission reports go to the client that placed it and to the master API client, if one is
 * configured; errors go to the client that placed it.
 */
final class OrderReports {
    /** Live fills carry request id -1: nobody requested them. */
    static final int UNSOLICITED = -1;

    private final GatewayEngine engine;
    private final Supplier<OptionalInt> masterClientId;

    OrderReports(GatewayEngine engine, Supplier<OptionalInt> masterClientId) {
        this.engine = engine;
        this.masterClientId = masterClientId;
    }

    /** Sends the order and its status. */
    void openOrderAndStatus(WorkingOrder order) {
        openOrder(order);
        status(order);
    }

    void openOrder(WorkingOrder order) {
        OpenOrder open = new OpenOrder(order.orderId, order.contract, order.reported(), order.state());
        recipients(order).forEach(session -> session.send(InMessage.OPEN_ORDER, OrdersCodec.openOrder(open)));
    }

    void status(WorkingOrder order) {
        recipients(order).forEach(session -> session.send(InMessage.ORDER_STATUS, OrdersCodec.orderStatus(order.statusUpdate())));
    }

    void execution(WorkingOrder order, ExecutionReport report) {
        recipients(order).forEach(session -> session.send(InMessage.EXECUTION_DATA,
                OrdersCodec.executionDetails(UNSOLICITED, report)));
    }

    void commission(WorkingOrder order, CommissionReport report) {
        recipients(order).forEach(session -> session.send(InMessage.COMMISSION_AND_FEES_REPORT,
                OrdersCodec.commissionReport(report)));
    }

    void bound(WorkingOrder order, ClientSession session) {
        session.send(InMessage.ORDER_BOUND, OrdersCodec.orderBound(new OrderBound(order.permId, order.clientId, order.orderId)));
    }

    /** Sends an error about the order to the client that placed it. */
    void error(WorkingOrder order, int code, String message) {
        owners(order).forEach(session -> session.sendError(order.orderId, code, message));
    }

    private List<ClientSession> owners(WorkingOrder order) {
        if (order.unbound) {
            return List.of();
        }
        return engine.sessions().stream().filter(session -> session.clientId() == order.clientId).toList();
    }

    private List<ClientSession> recipients(WorkingOrder order) {
        OptionalInt master = masterClientId.get();
        return engine.sessions().stream()
                .filter(session -> !order.unbound && session.clientId() == order.clientId
                        || master.isPresent() && session.clientId() == master.getAsInt())
                .toList();
    }
}
