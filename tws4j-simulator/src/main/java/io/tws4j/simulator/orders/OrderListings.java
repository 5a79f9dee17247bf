package io.tws4j.simulator.orders;

import io.tws4j.orders.Action;
import io.tws4j.orders.CompletedOrder;
import io.tws4j.orders.Execution;
import io.tws4j.orders.ExecutionFilter;
import io.tws4j.orders.OpenOrder;
import io.tws4j.orders.OrderStatus;
import io.tws4j.orders.codec.OrdersCodec;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.simulator.core.ClientSession;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * The answers to the order listings: open orders (a client's own, or all), completed orders and
 * executions, each ended by its end marker, as TWS answers them.
 *
 * <p>Inferred where TWS is silent: completed orders of every client are listed (IB documents the
 * request as listing the account's completed orders), with the completion text
 * {@code Filled Size: <n>} or {@code Cancelled by Trader}; a client sees its own executions, the
 * master API client everyone's, and a filter's client id 0 matches every client; each execution
 * is followed by its commission report before the end marker.
 */
final class OrderListings {
    private static final DateTimeFormatter COMPLETED = DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss");

    private final OrderDesk desk;
    private final Supplier<OptionalInt> masterClientId;
    private final ZoneId zone;

    OrderListings(OrderDesk desk, Supplier<OptionalInt> masterClientId, ZoneId zone) {
        this.desk = desk;
        this.masterClientId = masterClientId;
        this.zone = zone;
    }

    /** A client's open orders; client 0 first binds the orders entered in TWS. */
    void openOrders(ClientSession session) {
        synchronized (desk) {
            if (session.clientId() == ManualOrders.BINDING_CLIENT) {
                desk.manual.bindAll(session);
            }
            send(session, desk.book.open().stream().filter(o -> !o.unbound && o.clientId == session.clientId()).toList());
        }
    }

    /** Every client's open orders, and those entered in TWS. */
    void allOpenOrders(ClientSession session) {
        synchronized (desk) {
            send(session, desk.book.open());
        }
    }

    /** Client 0's open orders, binding TWS's orders now and (if asked) from now on; other clients get error 327. */
    void autoOpenOrders(ClientSession session, boolean autoBind) {
        if (session.clientId() != ManualOrders.BINDING_CLIENT) {
            session.sendError(-1, ManualOrders.ONLY_CLIENT_ZERO_BINDS,
                    "Only API connections with clientId set to 0 can set the auto bind TWS orders property.");
            return;
        }
        synchronized (desk) {
            desk.manual.autoBind(session, autoBind);
        }
        openOrders(session);
    }

    private void send(ClientSession session, List<WorkingOrder> orders) {
        for (WorkingOrder order : orders) {
            session.sendBuffered(InMessage.OPEN_ORDER, OrdersCodec.openOrder(
                    new OpenOrder(order.orderId, order.contract, order.reported(), order.state())));
            session.sendBuffered(InMessage.ORDER_STATUS, OrdersCodec.orderStatus(order.statusUpdate()));
        }
        session.sendBuffered(InMessage.OPEN_ORDER_END, OrdersCodec.openOrdersEnd());
        session.flush();
    }

    /** The day's filled and cancelled orders; API orders only if asked. */
    void completedOrders(ClientSession session, boolean apiOnly) {
        synchronized (desk) {
            for (WorkingOrder order : desk.book.completed()) {
                if (apiOnly && order.clientId == ManualOrders.BINDING_CLIENT && order.orderId <= 0) {
                    continue;
                }
                String how = order.status == OrderStatus.FILLED ? "Filled Size: " + order.filled.toPlainString()
                        : "Cancelled by Trader";
                String when = order.completedAt == null ? "" : COMPLETED.format(order.completedAt.atZone(zone)) + " " + zone.getId();
                session.sendBuffered(InMessage.COMPLETED_ORDER, OrdersCodec.completedOrder(
                        new CompletedOrder(order.contract, order.reported(), order.state().completed(when, how))));
            }
        }
        session.sendBuffered(InMessage.COMPLETED_ORDERS_END, OrdersCodec.completedOrdersEnd());
        session.flush();
    }

    /** The day's executions the filter matches, each with its commission report, then the end marker. */
    void executions(ClientSession session, int requestId, ExecutionFilter filter) {
        OptionalInt master = masterClientId.get();
        boolean seesAll = master.isPresent() && master.getAsInt() == session.clientId();
        synchronized (desk) {
            for (OrderBook.ExecutionRecord record : desk.book.executions()) {
                if ((seesAll || record.clientId() == session.clientId()) && matches(record, filter)) {
                    session.sendBuffered(InMessage.EXECUTION_DATA, OrdersCodec.executionDetails(requestId, record.report()));
                    session.sendBuffered(InMessage.COMMISSION_AND_FEES_REPORT, OrdersCodec.commissionReport(record.commission()));
                }
            }
        }
        session.sendBuffered(InMessage.EXECUTION_DATA_END, OrdersCodec.executionDetailsEnd(requestId));
        session.flush();
    }

    private static boolean matches(OrderBook.ExecutionRecord record, ExecutionFilter filter) {
        Execution execution = record.report().execution();
        var contract = record.report().contract();
        return (filter.clientId() == 0 || filter.clientId() == record.clientId())
                && (filter.account().isEmpty() || filter.account().equalsIgnoreCase(execution.account()))
                && filter.since().map(since -> execution.time().isAfter(since)).orElse(true)
                && (filter.symbol().isEmpty() || filter.symbol().equalsIgnoreCase(contract.symbol()))
                && (filter.secType().isEmpty() || filter.secType().equalsIgnoreCase(contract.secType()))
                && (filter.exchange().isEmpty() || filter.exchange().equalsIgnoreCase(execution.exchange()))
                && (filter.side() == Action.UNSET || filter.side() == Action.UNKNOWN
                        || filter.side().isBuy() == execution.isBuy());
    }
}
