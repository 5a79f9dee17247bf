package io.tws4j.client.orders;

import io.tws4j.client.StreamItem;
import io.tws4j.client.TwsException;
import io.tws4j.client.core.Core;
import io.tws4j.client.core.PushedStream;
import io.tws4j.client.core.StreamSource;
import io.tws4j.client.core.Terminal;
import io.tws4j.connection.Notice;
import io.tws4j.orders.CommissionReport;
import io.tws4j.orders.ExecutionReport;
import io.tws4j.orders.Fill;
import io.tws4j.orders.OrderStatusUpdate;
import io.tws4j.orders.OrderUpdate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The life of one order as its handle sees it: the updates the {@link OrderJournal} hands it,
 * already free of repeats (each execution once, each commission report once, an unchanged open
 * order or status left out), in the order TWS sent them, with recovered ones after a reconnect;
 * TWS's notices about the order; and the marks of a lost and restored connection. Pairs each
 * execution with its commission report.
 *
 * <p>The stream ends normally once the order is done: a terminal status (filled, cancelled) has
 * arrived, and so have the executions that make up its filled quantity and each one's commission
 * report, which TWS sends after the status. A rejection (error 200 to 399, or another error about
 * the order) ends it with a {@link io.tws4j.client.RequestRejectedException}; a cancellation
 * notice (202) is an item and the Cancelled status that follows ends it. An order the gateway
 * never received ends it with an {@link io.tws4j.client.OrderNotReceivedException}.
 *
 * <p>Fed under the journal's lock; read from any thread.
 */
final class OrderTracker {
    private final PushedStream<OrderUpdate> stream;
    private final Executor delivery;
    private final Consumer<OrderTracker> onStop;
    private final CompletableFuture<OrderStatusUpdate> done = new CompletableFuture<>();
    private final Map<String, Fill> fills = new LinkedHashMap<>();
    private volatile int orderId = -1;
    private volatile OrderStatusUpdate status;
    private BigDecimal executed = BigDecimal.ZERO;
    private int awaitingCommission;

    /** @param onStop told once when the stream ended, whoever ended it */
    OrderTracker(Core core, String name, Consumer<OrderTracker> onStop) {
        this.delivery = core.options().deliveryExecutor();
        this.onStop = onStop;
        this.stream = core.openPushed(name, this::ended);
    }

    int orderId() {
        return orderId;
    }

    StreamSource source() {
        return stream;
    }

    boolean isLive() {
        return !stream.isEnded();
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

    // ---- fed by the journal, under its lock

    void bind(int id) {
        orderId = id;
    }

    /** Takes over what the order did before this handle watched it, without showing it again. */
    synchronized void seed(OrderRecord record) {
        status = record.lastStatus;
        for (ExecutionReport report : record.executions.values()) {
            Fill fill = new Fill(report.contract(), report.execution(), Optional.ofNullable(record.commissions.get(report.execution().execId())));
            fills.put(report.execution().execId(), fill);
            executed = executed.add(report.execution().shares());
            if (fill.commission().isEmpty()) {
                awaitingCommission++;
            }
        }
    }

    synchronized void update(OrderUpdate update) {
        switch (update) {
            case OrderStatusUpdate next -> {
                status = next;
                stream.next(next);
            }
            case ExecutionReport report -> {
                fills.put(report.execution().execId(), new Fill(report.contract(), report.execution(), Optional.empty()));
                executed = executed.add(report.execution().shares());
                awaitingCommission++;
                stream.next(report);
            }
            case CommissionReport report -> {
                Fill fill = fills.get(report.execId());
                if (fill != null && fill.commission().isEmpty()) {
                    fills.put(report.execId(), fill.withCommission(report));
                    awaitingCommission--;
                }
                stream.next(report);
            }
            default -> stream.next(update);
        }
        completeIfDone();
    }

    void notice(Notice notice) {
        stream.notice(notice);
    }

    void mark(StreamItem<OrderUpdate> mark) {
        stream.mark(mark);
    }

    void fail(TwsException error) {
        stream.fail(error);
    }

    private void completeIfDone() {
        OrderStatusUpdate last = status;
        if (last != null && last.status().isTerminal() && executed.compareTo(last.filled()) >= 0 && awaitingCommission == 0) {
            stream.complete();
        }
    }

    private void ended(Terminal how, boolean byConsumer) {
        OrderStatusUpdate last = status;
        delivery.execute(() -> {
            if (how.error() != null) {
                done.completeExceptionally(how.error());
            } else if (!byConsumer && last != null && last.status().isTerminal()) {
                done.complete(last);
            } else {
                done.cancel(false);
            }
        });
        onStop.accept(this);
    }
}
