package io.tws4j.client.orders;

import io.tws4j.client.core.BroadcastSpec;
import io.tws4j.client.core.Core;
import io.tws4j.connection.Notice;
import io.tws4j.orders.OrderStatusUpdate;
import io.tws4j.orders.OrderUpdate;
import io.tws4j.orders.codec.OrdersCodec;
import io.tws4j.protocol.proto.OrdersProto;
import io.tws4j.protocol.wire.InMessage;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The order update stream: every order message the connection receives, for any order and any
 * request, as it arrives (open orders, statuses, live executions and their commission reports,
 * bindings, completed orders), and TWS's notices about orders as stream notices. Executions
 * answering an executions request are left out, with their commission reports: they are not
 * updates. A status that repeats an order's last one unchanged is left out: TWS sends some twice.
 */
final class OrderUpdates {
    /** Executions are live fills when nobody requested them. */
    private static final int UNSOLICITED = -1;
    /** How many orders' last statuses are remembered to leave out repeats. */
    private static final int REMEMBERED_ORDERS = 10_000;

    private OrderUpdates() {}

    static BroadcastSpec<OrderUpdate> spec() {
        Set<String> liveExecutions = new HashSet<>();
        Map<Integer, OrderStatusUpdate> lastStatus = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, OrderStatusUpdate> eldest) {
                return size() > REMEMBERED_ORDERS;
            }
        };
        return BroadcastSpec.<OrderUpdate>builder("order updates")
                .on(InMessage.OPEN_ORDER, OrdersProto.OpenOrder.class, (m, sink) -> sink.next(OrdersCodec.openOrder(m)))
                .on(InMessage.ORDER_STATUS, OrdersProto.OrderStatus.class, (m, sink) -> {
                    OrderStatusUpdate status = OrdersCodec.orderStatus(m);
                    if (!status.equals(lastStatus.put(status.orderId(), status))) {
                        sink.next(status);
                    }
                })
                .on(InMessage.EXECUTION_DATA, OrdersProto.ExecutionDetails.class, (m, sink) -> {
                    if (m.getReqId() == UNSOLICITED) {
                        liveExecutions.add(m.getExecution().getExecId());
                        sink.next(OrdersCodec.executionReport(m));
                    }
                })
                .on(InMessage.COMMISSION_AND_FEES_REPORT, OrdersProto.CommissionAndFeesReport.class, (m, sink) -> {
                    if (liveExecutions.remove(m.getExecId())) {
                        sink.next(OrdersCodec.commissionReport(m));
                    }
                })
                .on(InMessage.ORDER_BOUND, OrdersProto.OrderBound.class, (m, sink) -> sink.next(OrdersCodec.orderBound(m)))
                .on(InMessage.COMPLETED_ORDER, OrdersProto.CompletedOrder.class, (m, sink) -> sink.next(OrdersCodec.completedOrder(m)))
                .on(InMessage.ERR_MSG, Notice.class, (notice, sink) -> {
                    if (Core.isOrderId(notice.requestId())) {
                        sink.notice(notice);
                    }
                })
                .build();
    }
}
