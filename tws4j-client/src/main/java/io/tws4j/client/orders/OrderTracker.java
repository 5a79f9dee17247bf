package io.tws4j.client.orders;

import com.google.protobuf.MessageLite;
import io.tws4j.client.TwsException;
import io.tws4j.client.core.StreamSink;
import io.tws4j.client.core.StreamSpec;
import io.tws4j.orders.CommissionReport;
import io.tws4j.orders.ExecutionReport;
import io.tws4j.orders.Fill;
import io.tws4j.orders.OpenOrder;
import io.tws4j.orders.OrderStatusUpdate;
import io.tws4j.orders.OrderUpdate;
import io.tws4j.orders.codec.OrdersCodec;
import io.tws4j.protocol.proto.OrdersProto;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.IntFunction;

/**
 * The life of one order as its stream sees it: every open order, status, execution, commission
 * report and binding of its id, in the order TWS sent them, with repeats of an unchanged open
 * order or status left out (TWS sends some twice). Pairs each execution with its commission
 * report.
 *
 * <p>The stream ends normally once the order is done: a terminal status (filled, cancelled) has
 * arrived, and so have the executions that make up its filled quantity and each one's commission
 * report, which TWS sends after the status. A rejection (error 200 to 399, or another error about
 * the order) ends it with a {@link io.tws4j.client.RequestRejectedException}; a cancellation
 * notice (202) is an item and the Cancelled status that follows ends it.
 */
final class OrderTracker {
    private final int orderId;
    private final Executor delivery;
    private final CompletableFuture<OrderStatusUpdate> done = new CompletableFuture<>();
    private final Map<String, Fill> fills = new LinkedHashMap<>();
    private volatile OrderStatusUpdate status;
    private OpenOrder lastOpenOrder;
    private BigDecimal executed = BigDecimal.ZERO;
    private int awaitingCommission;

    OrderTracker(int orderId, Executor delivery) {
        this.orderId = orderId;
        this.delivery = delivery;
    }

    int orderId() {
        return orderId;
    }

    /** Returns the spec of the order's stream, sending {@code message} with {@code encoder}'s body. */
    StreamSpec<OrderUpdate> spec(String name, OutMessage message, IntFunction<? extends MessageLite> encoder) {
        return StreamSpec.<OrderUpdate>byOrderId(name, orderId, message, encoder)
                .on(InMessage.OPEN_ORDER, OrdersProto.OpenOrder.class, (m, sink) -> openOrder(OrdersCodec.openOrder(m), sink))
                .on(InMessage.ORDER_STATUS, OrdersProto.OrderStatus.class, (m, sink) -> status(OrdersCodec.orderStatus(m), sink))
                .on(InMessage.EXECUTION_DATA, OrdersProto.ExecutionDetails.class,
                        (m, sink) -> execution(OrdersCodec.executionReport(m), sink))
                .on(InMessage.COMMISSION_AND_FEES_REPORT, OrdersProto.CommissionAndFeesReport.class,
                        (m, sink) -> commission(OrdersCodec.commissionReport(m), sink))
                .on(InMessage.ORDER_BOUND, OrdersProto.OrderBound.class, (m, sink) -> sink.next(OrdersCodec.orderBound(m)))
                .onEnd(this::ended)
                .build();
    }

    /** Completes when the order is done, with its last status; fails with the error that ended its stream. */
    CompletableFuture<OrderStatusUpdate> done() {
        return done;
    }

    Optional<OrderStatusUpdate> status() {
        return Optional.ofNullable(status);
    }

    synchronized List<Fill> fills() {
        return new ArrayList<>(fills.values());
    }

    private synchronized void openOrder(OpenOrder open, StreamSink<OrderUpdate> sink) {
        if (!open.equals(lastOpenOrder)) {
            lastOpenOrder = open;
            sink.next(open);
        }
    }

    private synchronized void status(OrderStatusUpdate update, StreamSink<OrderUpdate> sink) {
        if (update.equals(status)) {
            return;
        }
        status = update;
        sink.next(update);
        completeIfDone(sink);
    }

    private synchronized void execution(ExecutionReport report, StreamSink<OrderUpdate> sink) {
        String execId = report.execution().execId();
        if (fills.containsKey(execId)) {
            return;
        }
        fills.put(execId, new Fill(report.contract(), report.execution(), Optional.empty()));
        executed = executed.add(report.execution().shares());
        awaitingCommission++;
        sink.next(report);
        completeIfDone(sink);
    }

    private synchronized void commission(CommissionReport report, StreamSink<OrderUpdate> sink) {
        Fill fill = fills.get(report.execId());
        if (fill != null && fill.commission().isEmpty()) {
            fills.put(report.execId(), fill.withCommission(report));
            awaitingCommission--;
        }
        sink.next(report);
        completeIfDone(sink);
    }

    private void completeIfDone(StreamSink<OrderUpdate> sink) {
        OrderStatusUpdate last = status;
        if (last != null && last.status().isTerminal() && executed.compareTo(last.filled()) >= 0 && awaitingCommission == 0) {
            sink.complete();
        }
    }

    private void ended(Optional<TwsException> error) {
        OrderStatusUpdate last = status;
        CompletableFuture.runAsync(() -> {
            if (error.isPresent()) {
                done.completeExceptionally(error.get());
            } else if (last != null && last.status().isTerminal()) {
                done.complete(last);
            } else {
                done.cancel(false);
            }
        }, delivery);
    }
}
