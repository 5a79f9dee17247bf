package io.tws4j.client.orders;

import io.tws4j.client.ClientClosedException;
import io.tws4j.client.ConnectionInfo;
import io.tws4j.client.ConnectionLostException;
import io.tws4j.client.OrderNotAcknowledgedException;
import io.tws4j.client.OrderNotReceivedException;
import io.tws4j.client.OrderUnknownToGatewayException;
import io.tws4j.client.RequestRejectedException;
import io.tws4j.client.StreamItem;
import io.tws4j.client.TwsException;
import io.tws4j.client.core.ConnectionListener;
import io.tws4j.client.core.Core;
import io.tws4j.client.core.OrderLine;
import io.tws4j.client.core.PushedStream;
import io.tws4j.client.core.StreamSource;
import io.tws4j.connection.Notice;
import io.tws4j.orders.CommissionReport;
import io.tws4j.orders.CompletedOrder;
import io.tws4j.orders.Execution;
import io.tws4j.orders.ExecutionReport;
import io.tws4j.orders.Fill;
import io.tws4j.orders.OpenOrder;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderStatus;
import io.tws4j.orders.OrderStatusUpdate;
import io.tws4j.orders.OrderUpdate;
import io.tws4j.orders.codec.OrdersCodec;
import io.tws4j.protocol.proto.OrdersProto;
import io.tws4j.protocol.wire.InMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every order this client placed in its life, and the one place where order messages become
 * updates: fed by every open order, status, execution, commission report, binding, completed
 * order and order notice the connection receives, from any request or none, it leaves out TWS's
 * repeats (each execution once, by execution id, with its commission report after it; an
 * unchanged open order or status once) and hands each update to the order's handles and to every
 * order update stream. It settles the calls waiting for an acknowledgement, and after every
 * reconnect it has the {@link Reconciliation} recover what the gap hid. See
 * {@code docs/recovery.md}.
 *
 * <p>One per client ({@link #of}). Its lock guards everything; nothing that writes to the
 * connection runs under it, so that the writers, which call {@link #writing} under the
 * connection's write lock, never wait for a writer.
 */
final class OrderJournal implements ConnectionListener {
    private static final Logger log = LoggerFactory.getLogger(OrderJournal.class);
    /** Executions answering a request carry its id; live fills carry -1. */
    private static final int LIVE = -1;
    /**
     * How far before the gateway's last known time the executions asked for after a reconnect
     * start. The gateway's time is what its executions and its connection time say, never the
     * client's clock: the two need not agree, and a simulated gateway's may run fast.
     */
    private static final Duration EXECUTIONS_MARGIN = Duration.ofMinutes(1);

    private final Core core;
    private final int clientId;
    private final Map<Integer, OrderRecord> orders = new HashMap<>();
    private final Map<Long, OrderRecord> byPermId = new HashMap<>();
    private final Map<String, OrderRecord> byExecId = new HashMap<>();
    private final OtherOrders others = new OtherOrders();
    private final List<PushedStream<OrderUpdate>> subscribers = new CopyOnWriteArrayList<>();
    /** The latest execution time seen: the gateway's clock. */
    private Instant lastExecutionTime;
    /** The gap being recovered: from the first loss not yet reconciled. */
    private Gap gap;
    /** Numbers the reconciliation runs; a loss abandons the current one. */
    private int run;
    /** How many connections were lost so far: orders written since the last loss are not the gap's business. */
    private int losses;
    /** Whether the completed orders arriving are the reconciliation's own listing (not shown on the update stream). */
    private boolean ownCompletedListing;
    private int statusesRecovered;
    private int fillsRecovered;
    /**
     * Whether updates are held back: from a loss until the new connection's {@link StreamItem.Resumed}
     * went out, so that what a new connection brings before the client calls it restored (its
     * session gets fills as soon as the gateway admits it) comes after that mark.
     */
    private boolean holding;
    private final List<Runnable> held = new ArrayList<>();

    /** The gap a reconciliation covers. */
    static final class Gap {
        final Instant lostAt;
        /** Executions from this gateway time on are asked for; null for the whole day. */
        final Instant executionsSince;
        Instant reconnectedAt;

        Gap(Instant lostAt, Instant executionsSince) {
            this.lostAt = lostAt;
            this.executionsSince = executionsSince;
        }
    }

    private OrderJournal(Core core) {
        this.core = core;
        this.clientId = core.options().clientId();
        for (InMessage type : List.of(InMessage.OPEN_ORDER, InMessage.ORDER_STATUS, InMessage.EXECUTION_DATA,
                InMessage.COMMISSION_AND_FEES_REPORT, InMessage.ORDER_BOUND, InMessage.COMPLETED_ORDER, InMessage.ERR_MSG)) {
            core.observe(type, this::observe);
        }
        core.addConnectionListener(this);
    }

    /** Returns the client's journal. */
    static OrderJournal of(Core core) {
        return core.component(OrderJournal.class, OrderJournal::new);
    }

    Core core() {
        return core;
    }

    // ---- placing

    /**
     * Writes one order message, or a bracket's legs together, and returns once they were handed
     * to the connection; each leg's {@link Placement#acknowledged} completes later.
     *
     * @throws OrderNotReceivedException if nothing was written; safe to send again
     */
    void place(List<Placement> legs) {
        try {
            core.placeOrders(legs.stream().map(leg -> leg.spec).toList());
        } catch (TwsException e) {
            for (Placement leg : legs) {
                leg.acknowledged.completeExceptionally(e);
                if (leg.tracker != null) {
                    leg.tracker.fail(e);
                }
            }
            throw e;
        }
        synchronized (this) {
            for (Placement leg : legs) {
                OrderRecord record = orders.get(leg.orderId);
                if (record == null || !record.waiting.contains(leg)) {
                    continue;  // settled already
                }
                if (!leg.expectsAck) {
                    record.waiting.remove(leg);
                    complete(leg, leg.orderId);
                } else {
                    Duration limit = core.options().requestTimeout();
                    leg.timer = core.schedule(() -> timedOut(record, leg, limit), limit);
                }
            }
        }
    }

    /** A message is being written (under the write lock): its record, waiting call and handle are registered first. */
    synchronized void writing(Placement placement, OrderLine line) {
        int id = line.orderId();
        placement.orderId = id;
        OrderRecord record = orders.get(id);
        boolean modification = record != null && record.isLive();
        if (record == null) {
            record = new OrderRecord(id, placement.contract, placement.order);
            orders.put(id, record);
        } else if (!record.isLive()) {
            // an id used before by an order that never lived: TWS decides (103 duplicate order id)
            record.outcome = OrderRecord.Outcome.LIVE;
            record.acked = false;
        }
        record.contract = placement.contract;
        record.order = placement.order;
        record.expectsAck = placement.expectsAck;
        record.modifying = modification && record.acked;
        record.inDoubt = false;
        record.writtenAfterLosses = losses;
        record.lines.add(line);
        record.waiting.add(placement);
        if (placement.tracker != null) {
            placement.tracker.bind(id);
            placement.tracker.seed(record);
            record.trackers.add(placement.tracker);
        }
        placement.registered = true;
        if (placement.lostEarly) {
            lost(placement, line);
        }
        if (placement.failedEarly != null) {
            failed(placement, line, placement.failedEarly);
        }
    }

    /** The connection a message was written on was lost: unless acknowledged, reconciliation settles it. */
    synchronized void lost(Placement placement, OrderLine line) {
        if (!placement.registered) {
            placement.lostEarly = true;  // the loss raced the write: told again once registered
            return;
        }
        OrderRecord record = orders.get(line.orderId());
        if (record == null || !record.lines.contains(line)) {
            return;  // released meanwhile
        }
        if (record.isLive() && record.expectsAck && (!record.acked || record.modifying)) {
            record.inDoubt = true;
        }
    }

    /** The client closed or gave up while the message's fate was open. */
    synchronized void failed(Placement placement, OrderLine line, TwsException error) {
        if (!placement.registered) {
            placement.failedEarly = error;
            return;
        }
        OrderRecord record = orders.get(line.orderId());
        if (record == null || !record.lines.contains(line)) {
            return;
        }
        if (!record.isLive() || record.acked && !record.modifying) {
            record.trackers.forEach(tracker -> tracker.fail(error));
            return;
        }
        TwsException outcome = error instanceof ClientClosedException ? error : new ConnectionLostException(record
                + " was written, but the connection was lost for good before TWS acknowledged it: whether the gateway"
                + " has it is unknown; check in TWS before sending it again", error);
        failWaiting(record, outcome);
        record.trackers.forEach(tracker -> tracker.fail(outcome));
        release(record);
    }

    /** The acknowledgement did not come in time: if the connection stayed up, TWS read the order and said nothing. */
    private synchronized void timedOut(OrderRecord record, Placement placement, Duration limit) {
        if (!record.waiting.contains(placement) || record.inDoubt || !core.isConnected()) {
            return;  // settled, or for the reconciliation after the reconnect to settle
        }
        record.waiting.remove(placement);
        if (record.modifying && record.waiting.isEmpty()) {
            record.modifying = false;
        }
        OrderNotAcknowledgedException error = new OrderNotAcknowledgedException(record.orderId, record
                + " got no acknowledgement within " + limit.toMillis() + " ms although the connection stayed up: TWS read it"
                + " and has not said what it did with it; do not send it again, watch it on the order update stream");
        deliver(() -> placement.acknowledged.completeExceptionally(error));
        maybeRelease(record);
    }

    // ---- the order update stream and handles

    /** Opens one subscriber's order update stream: every update from now on. */
    StreamSource openUpdates() {
        List<PushedStream<OrderUpdate>> self = new ArrayList<>(1);
        PushedStream<OrderUpdate> stream = core.openPushed("order updates", (how, byConsumer) -> subscribers.removeAll(self));
        self.add(stream);
        subscribers.add(stream);
        if (stream.isEnded()) {
            subscribers.remove(stream);
        }
        return stream;
    }

    /** A handle's stream ended: it stops watching. */
    synchronized void trackerStopped(OrderTracker tracker) {
        OrderRecord record = orders.get(tracker.orderId());
        if (record != null) {
            record.trackers.remove(tracker);
            maybeRelease(record);
        }
    }

    // ---- what the connection receives

    private synchronized void observe(InMessage type, Object message) {
        switch (type) {
            case OPEN_ORDER -> openOrder(OrdersCodec.openOrder((OrdersProto.OpenOrder) message));
            case ORDER_STATUS -> status(OrdersCodec.orderStatus((OrdersProto.OrderStatus) message));
            case EXECUTION_DATA -> {
                OrdersProto.ExecutionDetails details = (OrdersProto.ExecutionDetails) message;
                execution(details.getReqId(), OrdersCodec.executionReport(details));
            }
            case COMMISSION_AND_FEES_REPORT -> commission(OrdersCodec.commissionReport((OrdersProto.CommissionAndFeesReport) message));
            case ORDER_BOUND -> broadcast(OrdersCodec.orderBound((OrdersProto.OrderBound) message));
            case COMPLETED_ORDER -> completed(OrdersCodec.completedOrder((OrdersProto.CompletedOrder) message));
            case ERR_MSG -> notice((Notice) message);
            default -> { }
        }
    }

    private OrderRecord own(int client, int orderId) {
        return client == clientId ? orders.get(orderId) : null;
    }

    private void openOrder(OpenOrder open) {
        if (open.order().whatIf()) {
            return;  // a what-if answer: nothing was placed
        }
        OrderRecord record = own(open.order().clientId(), open.orderId());
        if (record == null) {
            if (others.openOrderChanged(open)) {
                broadcast(open);
            }
            return;
        }
        learnPermId(record, open.order().permId());
        acknowledged(record);
        if (!open.equals(record.lastOpen)) {
            record.lastOpen = open;
            deliver(record, open);
        }
    }

    private void status(OrderStatusUpdate status) {
        OrderRecord record = own(status.clientId(), status.orderId());
        if (record == null) {
            if (others.statusChanged(status)) {
                broadcast(status);
            }
            return;
        }
        learnPermId(record, status.permId());
        acknowledged(record);
        if (status.equals(record.lastStatus)) {
            return;
        }
        record.lastStatus = status;
        if (gap != null && record.writtenAfterLosses < losses) {
            statusesRecovered++;
        }
        deliver(record, status);
        if (record.isTerminal()) {
            maybeRelease(record);
        }
    }

    private void execution(int requestId, ExecutionReport report) {
        Execution execution = report.execution();
        if (lastExecutionTime == null || execution.time().isAfter(lastExecutionTime)) {
            lastExecutionTime = execution.time();
        }
        OrderRecord record = own(execution.clientId(), execution.orderId());
        if (record == null) {
            if (requestId == LIVE && others.newExecution(execution.execId())) {
                broadcast(report);
            }
            return;
        }
        learnPermId(record, execution.permId());
        acknowledged(record);
        if (record.executions.putIfAbsent(execution.execId(), report) != null) {
            return;
        }
        byExecId.put(execution.execId(), record);
        if (requestId != LIVE && gap != null && record.writtenAfterLosses < losses) {
            fillsRecovered++;
        }
        record.commissionsAwaited.add(execution.execId());
        deliver(record, report);
    }

    private void commission(CommissionReport report) {
        OrderRecord record = byExecId.get(report.execId());
        if (record == null) {
            if (others.takeCommission(report.execId())) {
                broadcast(report);
            }
            return;
        }
        if (record.commissionsAwaited.remove(report.execId())) {
            record.commissions.put(report.execId(), report);
            deliver(record, report);
        }
    }

    private void completed(CompletedOrder done) {
        if (ownCompletedListing) {
            return;  // the reconciliation's listing: its news arrives as recovered statuses
        }
        if (others.firstCompletion(done.order().permId())) {
            broadcast(done);
        }
    }

    private void notice(Notice notice) {
        if (!Core.isOrderId(notice.requestId())) {
            return;
        }
        OrderRecord record = orders.get(notice.requestId());
        if (record != null && notice.endsRequest()) {
            rejected(record, new RequestRejectedException(notice));
        }
        show(record, notice);
    }

    /** Shows an order notice on the update streams and, unless it ended them, the order's handles. */
    private void show(OrderRecord record, Notice notice) {
        if (holding) {
            held.add(() -> show(record, notice));
            return;
        }
        if (record != null && !notice.endsRequest()) {
            record.trackers.forEach(tracker -> tracker.notice(notice));
        }
        for (PushedStream<OrderUpdate> subscriber : subscribers) {
            subscriber.notice(notice);
        }
    }

    /** TWS refused the order's last message: its waiting call fails; an order never acknowledged is over. */
    private void rejected(OrderRecord record, RequestRejectedException error) {
        failWaiting(record, error);
        record.modifying = false;
        record.inDoubt = false;
        record.trackers.forEach(tracker -> tracker.fail(error));
        if (!record.acked) {
            record.outcome = OrderRecord.Outcome.REJECTED;
        }
        maybeRelease(record);
    }

    private void learnPermId(OrderRecord record, long permId) {
        if (permId != 0 && record.permId != permId) {
            record.permId = permId;
            byPermId.put(permId, record);
        }
    }

    /** A message about the order arrived: TWS has it, and has read its last message (unless that is in doubt). */
    private void acknowledged(OrderRecord record) {
        if (record.modifying && record.inDoubt) {
            return;  // whether the modification arrived is for reconciliation to tell
        }
        boolean first = !record.acked;
        record.acked = true;
        record.modifying = false;
        if (record.outcome != OrderRecord.Outcome.LIVE) {
            log.error("{} was reported {} but the gateway reports it now", record, record.outcome);
            record.outcome = OrderRecord.Outcome.LIVE;
        }
        for (Placement placement : record.waiting) {
            complete(placement, record.orderId);
        }
        record.waiting.clear();
        if (first) {
            log.debug("{} acknowledged", record);
        }
        maybeRelease(record);
    }

    private void deliver(OrderRecord record, OrderUpdate update) {
        if (holding) {
            held.add(() -> deliver(record, update));
            return;
        }
        for (OrderTracker tracker : record.trackers) {
            tracker.update(update);
        }
        broadcast(update);
    }

    private void broadcast(OrderUpdate update) {
        if (holding) {
            held.add(() -> broadcast(update));
            return;
        }
        for (PushedStream<OrderUpdate> subscriber : subscribers) {
            subscriber.next(update);
        }
    }

    private void mark(StreamItem<OrderUpdate> mark) {
        for (PushedStream<OrderUpdate> subscriber : subscribers) {
            subscriber.mark(mark);
        }
        for (OrderRecord record : orders.values()) {
            for (OrderTracker tracker : record.trackers) {
                tracker.mark(mark);
            }
        }
    }

    // ---- settling

    private void complete(Placement placement, int orderId) {
        if (placement.timer != null) {
            placement.timer.cancel(false);
        }
        deliver(() -> placement.acknowledged.complete(orderId));
    }

    private void failWaiting(OrderRecord record, TwsException error) {
        for (Placement placement : record.waiting) {
            if (placement.timer != null) {
                placement.timer.cancel(false);
            }
            deliver(() -> placement.acknowledged.completeExceptionally(error));
        }
        record.waiting.clear();
    }

    /** Releases the order's routes once nothing needs them: it is over, or acknowledged and unwatched. */
    private void maybeRelease(OrderRecord record) {
        boolean settled = !record.isLive() || record.isTerminal()
                || record.acked && !record.modifying && record.waiting.isEmpty() && !record.isWatched();
        if (settled && !record.inDoubt) {
            release(record);
        }
    }

    private void release(OrderRecord record) {
        for (OrderLine line : record.lines) {
            line.release();
        }
        record.lines.clear();
    }

    private void deliver(Runnable completion) {
        try {
            core.options().deliveryExecutor().execute(completion);
        } catch (RejectedExecutionException e) {
            Thread.ofVirtual().name("tws4j-delivery").start(completion);
        }
    }

    // ---- reconnects

    @Override
    public synchronized void connectionLost(Instant at, TwsException cause, boolean reconnecting) {
        run++;
        losses++;
        ownCompletedListing = false;
        if (gap == null) {
            gap = new Gap(at, executionsSince());
            statusesRecovered = 0;
            fillsRecovered = 0;
        }
        mark(new StreamItem.Interrupted<>(at, cause.getMessage()));
        holding = reconnecting;
        if (!reconnecting) {
            gap = null;
        }
    }

    @Override
    public void connectionRestored(Instant at, Duration lasted) {
        int current;
        Gap recovering;
        synchronized (this) {
            if (gap == null) {
                gap = new Gap(at.minus(lasted), executionsSince());
                statusesRecovered = 0;
                fillsRecovered = 0;
            }
            gap.reconnectedAt = at;
            boolean reconcile = core.options().reconcileOrders();
            mark(new StreamItem.Resumed<>(at, lasted, reconcile));
            holding = false;
            List<Runnable> arrived = List.copyOf(held);
            held.clear();
            arrived.forEach(Runnable::run);
            if (!reconcile) {
                settleUnreconciled();
                gap = null;
                return;
            }
            current = ++run;
            recovering = gap;
        }
        Thread.ofVirtual().name("tws4j-reconcile-" + clientId).start(() -> new Reconciliation(this, current, recovering).run());
    }

    /** TWS lost IB (1100): the orders' updates may stop until it is back; the socket stays. */
    @Override
    public synchronized void connectivityLost(Instant at) {
        if (gap == null) {
            gap = new Gap(at, executionsSince());
            statusesRecovered = 0;
            fillsRecovered = 0;
        }
        mark(new StreamItem.Interrupted<>(at, "TWS lost its connection to IB (1100)"));
    }

    /**
     * TWS has IB again: with its data maintained (1102) nothing was missed; with it lost (1101)
     * the orders are reconciled on the same socket, as after a reconnect.
     */
    @Override
    public void connectivityRestored(Instant at, boolean dataMaintained) {
        Duration lasted;
        synchronized (this) {
            lasted = gap == null ? Duration.ZERO : Duration.between(gap.lostAt, at);
            if (dataMaintained) {
                mark(new StreamItem.Resumed<>(at, lasted, true));
                gap = null;
                return;
            }
            run++;
        }
        connectionRestored(at, lasted);
    }

    /** The gateway time from which executions are asked for: its latest known time, less a margin; null if unknown. */
    private Instant executionsSince() {
        Instant known = lastExecutionTime;
        ConnectionInfo info = core.info();
        if (info != null) {
            Instant connected = info.connectionTime().zonedTime().map(ZonedDateTime::toInstant).orElse(null);
            if (connected != null && (known == null || connected.isAfter(known))) {
                known = connected;
            }
        }
        return known == null ? null : known.minus(EXECUTIONS_MARGIN);
    }

    /** Returns whether reconciliation run {@code number} is still the current one. */
    synchronized boolean isCurrent(int number) {
        return number == run;
    }

    /** The reconciliation's completed orders listing starts or ends. */
    synchronized void ownCompletedListing(int number, boolean running) {
        if (number == run) {
            ownCompletedListing = running;
        }
    }

    /** Without reconciliation, what a lost connection cut off cannot be told: the waiting calls fail, the orders stay watched. */
    private void settleUnreconciled() {
        for (OrderRecord record : orders.values()) {
            if (!record.inDoubt) {
                continue;
            }
            record.inDoubt = false;
            record.modifying = false;
            failWaiting(record, new OrderNotAcknowledgedException(record.orderId, record + " was written on a connection"
                    + " lost before TWS acknowledged it, and reconciliation is off: whether the gateway has it is unknown;"
                    + " do not send it again before checking the open orders"));
            maybeRelease(record);
        }
    }

    /**
     * Settles the gap with what the gateway reported after the reconnect (run {@code number}, if
     * still current): every order in doubt is found or not received, every working order is
     * found, completed (its final status delivered now) or unknown to the gateway.
     */
    synchronized void settle(int number, Gap covered, List<OpenOrder> open, List<CompletedOrder> completed, List<Fill> fills) {
        if (number != run) {
            return;
        }
        Map<Integer, OpenOrder> openById = new HashMap<>();
        Map<Long, OpenOrder> openByPermId = new HashMap<>();
        for (OpenOrder order : open) {
            if (order.order().clientId() == clientId) {
                openById.put(order.orderId(), order);
            }
            openByPermId.put(order.order().permId(), order);
        }
        Map<Integer, CompletedOrder> doneById = new HashMap<>();
        Map<Long, CompletedOrder> doneByPermId = new HashMap<>();
        for (CompletedOrder order : completed) {
            if (order.order().clientId() == clientId && order.order().orderId() != 0) {
                doneById.put(order.order().orderId(), order);
            }
            doneByPermId.put(order.order().permId(), order);
        }
        Map<Integer, Boolean> executed = new HashMap<>();
        for (Fill fill : fills) {
            if (fill.execution().clientId() == clientId) {
                executed.put(fill.execution().orderId(), Boolean.TRUE);
            }
        }
        int checked = 0;
        List<Integer> notReceived = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>();
        List<Integer> confirmed = new ArrayList<>();
        for (OrderRecord record : List.copyOf(orders.values())) {
            // an order written on the new connection was not cut off; the listings may predate it
            boolean working = record.isLive() && record.acked && !record.isTerminal() && record.writtenAfterLosses < losses;
            if (!record.inDoubt && !working) {
                continue;
            }
            checked++;
            OpenOrder seenOpen = openById.get(record.orderId);
            if (seenOpen == null && record.permId != 0) {
                seenOpen = openByPermId.get(record.permId);
            }
            CompletedOrder seenDone = doneById.get(record.orderId);
            if (seenDone == null && record.permId != 0) {
                seenDone = doneByPermId.get(record.permId);
            }
            boolean found = seenOpen != null || seenDone != null || executed.containsKey(record.orderId);
            if (record.inDoubt) {
                record.inDoubt = false;
                if (record.modifying) {
                    Order seen = seenOpen != null ? seenOpen.order() : seenDone != null ? seenDone.order() : null;
                    if (seen != null && sameTerms(seen, record.order)) {
                        acknowledged(record);
                        confirmed.add(record.orderId);
                    } else {
                        record.modifying = false;
                        failWaiting(record, new OrderNotReceivedException(record.orderId, "the modification of " + record
                                + " was written on a connection lost before TWS acknowledged it, and the gateway reports the"
                                + " order without it: it never arrived; safe to send again"));
                        notReceived.add(record.orderId);
                    }
                } else if (found) {
                    if (!record.acked) {
                        acknowledged(record);
                    }
                    confirmed.add(record.orderId);
                } else if (!record.acked) {
                    notReceived(record);
                    notReceived.add(record.orderId);
                    continue;
                }
            }
            if (seenDone != null && !record.isTerminal()) {
                recoveredStatus(record, seenDone);
            } else if (!found && record.acked && !record.isTerminal()) {
                unknownToGateway(record);
                unknown.add(record.orderId);
            }
            maybeRelease(record);
        }
        ReconciliationReport report = new ReconciliationReport(covered.lostAt, covered.reconnectedAt, checked,
                statusesRecovered, fillsRecovered, notReceived, unknown, confirmed);
        log.info("reconciled the orders after the reconnect: {}", report);
        mark(new StreamItem.Reconciled<>(report));
        gap = null;
    }

    /** Reconciliation could not finish on a connection that stays up: the waiting calls cannot be settled. */
    synchronized void abandon(int number, TwsException cause) {
        if (number != run) {
            return;
        }
        log.error("could not reconcile the orders after the reconnect: {}", cause.getMessage());
        for (OrderRecord record : orders.values()) {
            if (record.inDoubt) {
                record.inDoubt = false;
                record.modifying = false;
                failWaiting(record, new OrderNotAcknowledgedException(record.orderId, record + " was written on a connection"
                        + " lost before TWS acknowledged it, and reconciliation failed (" + cause.getMessage()
                        + "): whether the gateway has it is unknown; do not send it again before checking the open orders"));
                maybeRelease(record);
            }
        }
        gap = null;
    }

    private void notReceived(OrderRecord record) {
        record.outcome = OrderRecord.Outcome.NOT_RECEIVED;
        OrderNotReceivedException error = new OrderNotReceivedException(record.orderId, record + " was written on a"
                + " connection lost before TWS acknowledged it, and the gateway reports it nowhere (open orders, completed"
                + " orders, executions): it never arrived; safe to send again");
        failWaiting(record, error);
        record.trackers.forEach(tracker -> tracker.fail(error));
        release(record);
    }

    private void unknownToGateway(OrderRecord record) {
        record.outcome = OrderRecord.Outcome.UNKNOWN;
        OrderUnknownToGatewayException error = new OrderUnknownToGatewayException(record.orderId, record
                + " was acknowledged, but after the reconnect the gateway reports it neither open nor completed:"
                + " its fate is unknown; check in TWS before sending it again");
        failWaiting(record, error);
        record.trackers.forEach(tracker -> tracker.fail(error));
        release(record);
    }

    /** The order completed during the gap: its final status, made from the completed order and the executions seen. */
    private void recoveredStatus(OrderRecord record, CompletedOrder done) {
        OrderStatus final_ = done.state().status();
        if (!final_.isTerminal()) {
            return;
        }
        BigDecimal executed = record.executed();
        BigDecimal filled = done.order().filledQuantity().max(executed);
        BigDecimal remaining = final_ == OrderStatus.FILLED ? BigDecimal.ZERO
                : done.order().totalQuantity().subtract(filled).max(BigDecimal.ZERO);
        Execution latest = record.latestExecution();
        long permId = done.order().permId() != 0 ? done.order().permId() : record.permId;
        status(new OrderStatusUpdate(record.orderId, final_, final_.wireValue(), filled, remaining,
                latest == null ? 0 : latest.averagePrice(), permId, done.order().parentId(),
                latest == null ? 0 : latest.price(), clientId, "", 0));
    }

    /** Whether the gateway's order carries a modification's working terms. */
    private static boolean sameTerms(Order seen, Order sent) {
        return seen.totalQuantity().compareTo(sent.totalQuantity()) == 0
                && Double.compare(seen.limitPrice(), sent.limitPrice()) == 0
                && Double.compare(seen.auxPrice(), sent.auxPrice()) == 0
                && seen.orderType() == sent.orderType()
                && seen.timeInForce() == sent.timeInForce();
    }
}
