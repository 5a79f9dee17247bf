package io.tws4j.simulator.orders;

import io.tws4j.config.Configuration;
import io.tws4j.connection.TwsTimeZones;
import io.tws4j.contracts.Contract;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderStatus;
import io.tws4j.orders.OrderTimes;
import io.tws4j.orders.TimeInForce;
import io.tws4j.orders.codec.OrdersCodec;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.simulator.accounts.AccountBook;
import io.tws4j.simulator.accounts.MarginChange;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.contracts.InstrumentUniverse;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.core.GatewayEngine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated gateway's order desk: accepts, modifies, holds, transmits and cancels orders as
 * TWS does, and keeps their lifecycle (brackets, one-cancels-all groups, expiries). Trading
 * against the market is {@link Matching}'s. One lock, this object's, guards every order; market
 * events, the session clock and client requests all take it.
 *
 * <p>Inferred where TWS's behaviour is not documented: an order sent with {@code transmit=false}
 * is held silently (TWS shows it with a Transmit button and sends nothing) until an order of its
 * bracket arrives with {@code transmit=true}, which transmits them all, parent first; an order is
 * acknowledged PreSubmitted and then, if it works at the exchange at once, Submitted; a day order
 * expires with a Cancelled status and no 202 notice; placing an order id a client used before for
 * an order that is no longer open is a duplicate (103).
 */
final class OrderDesk {
    private static final Logger log = LoggerFactory.getLogger(OrderDesk.class);
    static final int DUPLICATE_ORDER_ID = 103;
    static final int CANNOT_MODIFY_FILLED = 104;
    static final int MODIFY_MISMATCH = 105;
    static final int ORDER_CANCELLED = 202;
    static final int READ_ONLY = 321;
    static final int CANCEL_NOT_FOUND = 10147;
    static final int CANNOT_CANCEL = 10148;
    static final String READ_ONLY_TEXT =
            "Error validating request.-'bW' : cause - The API interface is currently in Read-Only mode.";
    static final ZoneId EXCHANGE_ZONE = ZoneId.of("America/New_York");

    final GatewayEngine engine;
    final InstrumentUniverse instruments;
    final AccountBook accounts;
    final OrderReports reports;
    final OrderBook book;
    final Matching matching;
    final ManualOrders manual = new ManualOrders(this);
    private final Supplier<Configuration> configuration;

    OrderDesk(GatewayEngine engine, InstrumentUniverse instruments, AccountBook accounts, OrderReports reports,
              Supplier<Configuration> configuration, Matching.Factory matching) {
        this.engine = engine;
        this.instruments = instruments;
        this.accounts = accounts;
        this.reports = reports;
        this.configuration = configuration;
        this.book = new OrderBook(engine.splitRandom().nextLong(1_000_000_000L, 1_900_000_000L));
        this.matching = matching.create(this);
    }

    Instant now() {
        return engine.now();
    }

    LocalDate today() {
        return LocalDate.ofInstant(now(), EXCHANGE_ZONE);
    }

    boolean readOnly() {
        return configuration.get().api().settings().readOnlyApi().orElse(false);
    }

    // ---- placing and modifying

    /** Places (or modifies, under an id in use) a client's order. */
    synchronized void place(ClientSession session, int orderId, Contract wanted, Order order) {
        if (readOnly()) {
            session.sendError(orderId, READ_ONLY, READ_ONLY_TEXT);
            return;
        }
        WorkingOrder existing = book.find(session.clientId(), orderId);
        if (existing != null) {
            modify(session, existing, wanted, order);
            return;
        }
        if (orderId < engine.nextOrderId(session.clientId()) && !order.whatIf()) {
            session.sendError(orderId, DUPLICATE_ORDER_ID, "Duplicate order id");
            return;
        }
        Instrument instrument = resolve(session, orderId, wanted, order);
        if (instrument == null) {
            return;
        }
        String account = order.account().isEmpty() ? accounts.defaultAccount() : order.account();
        if (order.whatIf()) {
            session.send(InMessage.OPEN_ORDER, OrdersCodec.openOrder(
                    WhatIf.answer(orderId, session.clientId(), reported(instrument, wanted), order, instrument, account,
                            accounts, now())));
            return;
        }
        if (!covered(session, orderId, instrument, order, account)) {
            return;
        }
        engine.orderIdUsed(session.clientId(), orderId);
        WorkingOrder placed = new WorkingOrder(session.clientId(), orderId, book.nextPermId(), instrument,
                reported(instrument, wanted), order, account, now());
        book.add(placed);
        log.info("{} accepted", placed.describe());
        if (!order.transmit()) {
            placed.held = true;
            return;
        }
        transmit(placed);
    }

    /** Places an order as if a user entered it in TWS itself; it reaches API clients once bound. */
    synchronized WorkingOrder placeManual(Contract wanted, Order order) {
        Instrument instrument = instruments.matching(wanted, today()).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no instrument matches " + wanted.describe()));
        WorkingOrder manual = new WorkingOrder(0, 0, book.nextPermId(), instrument, reported(instrument, wanted), order,
                order.account().isEmpty() ? accounts.defaultAccount() : order.account(), now());
        manual.unbound = true;
        book.add(manual);
        accept(List.of(manual));
        this.manual.placed(manual);
        return manual;
    }

    private Instrument resolve(ClientSession session, int orderId, Contract wanted, Order order) {
        List<Instrument> matches = instruments.matching(wanted, today());
        Rejection contract = OrderChecks.contract(wanted, matches);
        if (contract != null) {
            session.sendError(orderId, contract.code(), contract.message());
            return null;
        }
        Instrument instrument = matches.getFirst();
        Rejection problem = OrderChecks.order(order, instrument, today()).orElse(null);
        String account = order.account();
        if (problem == null && !account.isEmpty() && !accounts.manages(account)) {
            problem = Rejection.of(OrderChecks.ORDER_REJECTED, "Order rejected - reason:The account " + account
                    + " is not one of this login's accounts");
        }
        if (problem != null) {
            log.info("client {}: order {} rejected: {} {}", session.clientId(), orderId, problem.code(), problem.message());
            session.sendError(orderId, problem.code(), problem.message());
            return null;
        }
        return instrument;
    }

    /** Refuses an order whose initial margin the account's equity would not cover (201, IB's text). */
    private boolean covered(ClientSession session, int orderId, Instrument instrument, Order order, String account) {
        double price = order.limitPrice() > 0 ? order.limitPrice() : accounts.marks().price(instrument, now());
        BigDecimal signed = order.action().isBuy() ? order.totalQuantity() : order.totalQuantity().negate();
        MarginChange change = accounts.marginAfter(account, instrument, signed, price);
        if (change.isCovered()) {
            return true;
        }
        session.sendError(orderId, OrderChecks.ORDER_REJECTED, String.format(Locale.ROOT,
                "Order rejected - reason:YOUR ORDER IS NOT ACCEPTED. IN ORDER TO OBTAIN THE DESIRED POSITION YOUR EQUITY"
                        + " WITH LOAN VALUE [%.2f USD] MUST EXCEED THE INITIAL MARGIN [%.2f USD]",
                change.equityWithLoan(), change.initialAfter()));
        return false;
    }

    /** The contract as TWS reports it in open orders: the instrument's, on the exchange the order named. */
    private static Contract reported(Instrument instrument, Contract wanted) {
        String exchange = wanted.exchange().isEmpty() ? instrument.contract().exchange() : wanted.exchange().toUpperCase(Locale.ROOT);
        return instrument.contract().toBuilder().exchange(exchange).build();
    }

    /** Re-placing an open order's id changes it; a filled order cannot change, a cancelled id is used up. */
    private void modify(ClientSession session, WorkingOrder existing, Contract wanted, Order order) {
        if (existing.status == OrderStatus.FILLED) {
            session.sendError(existing.orderId, CANNOT_MODIFY_FILLED, "Can't modify a filled order");
            return;
        }
        if (existing.isDone()) {
            session.sendError(existing.orderId, DUPLICATE_ORDER_ID, "Duplicate order id");
            return;
        }
        boolean sameContract = wanted.conId() == 0 || wanted.conId() == existing.instrument.conId();
        if (!sameContract || order.action() != existing.order.action()) {
            session.sendError(existing.orderId, MODIFY_MISMATCH, "Order being modified does not match original order");
            return;
        }
        Rejection problem = OrderChecks.order(order, existing.instrument, today()).orElse(null);
        if (problem != null) {
            session.sendError(existing.orderId, problem.code(), problem.message());
            return;
        }
        existing.order = order;
        existing.activeFrom = now();
        existing.triggered = false;
        existing.trailingStop = Double.NaN;
        log.info("{} modified", existing.describe());
        if (existing.held) {
            if (order.transmit()) {
                transmit(existing);
            }
            return;
        }
        matching.schedule(existing);
        reports.openOrderAndStatus(existing);
        matching.tryNow(existing);
    }

    /** Transmits an order with the held orders of its bracket: the parent first, then its children. */
    private void transmit(WorkingOrder order) {
        WorkingOrder parent = order.order.parentId() == 0 ? order : book.find(order.clientId, order.order.parentId());
        List<WorkingOrder> family = new ArrayList<>();
        if (parent != null && (parent.held || parent == order)) {
            family.add(parent);
            book.children(parent).stream().filter(child -> child.held || child == order).forEach(family::add);
        }
        if (!family.contains(order)) {
            family.add(order);
        }
        family.forEach(member -> member.held = false);
        accept(family);
    }

    /** Acknowledges transmitted orders, then lets them trade: a parent may fill before its children are known otherwise. */
    private void accept(List<WorkingOrder> orders) {
        for (WorkingOrder order : orders) {
            order.activeFrom = now();
            order.status = OrderStatus.PRE_SUBMITTED;
            order.wait = initialWait(order);
            matching.schedule(order);
            reports.openOrderAndStatus(order);
            matching.watch(order);
        }
        for (WorkingOrder order : orders) {
            matching.start(order);
        }
    }

    private WorkingOrder.Wait initialWait(WorkingOrder order) {
        if (order.order.parentId() != 0) {
            WorkingOrder parent = book.find(order.clientId, order.order.parentId());
            if (parent != null && parent.status != OrderStatus.FILLED) {
                return WorkingOrder.Wait.PARENT;
            }
        }
        if (!order.order.conditions().isEmpty()) {
            return WorkingOrder.Wait.CONDITIONS;
        }
        Instant start = parseTime(order.order.timing().goodAfterTime());
        return start != null && start.isAfter(now()) ? WorkingOrder.Wait.START_TIME : WorkingOrder.Wait.NONE;
    }

    /** Reads an order time TWS's way; a time without a zone is New York's, the exchange's. */
    static Instant parseTime(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return OrderTimes.parse(text, EXCHANGE_ZONE, name -> TwsTimeZones.resolve(name).orElse(ZoneOffset.UTC));
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    // ---- cancelling

    /** Cancels a client's order: 202 and a Cancelled status, or 10147 / 10148 when it cannot be. */
    synchronized void cancel(ClientSession session, int orderId) {
        if (readOnly()) {
            session.sendError(orderId, READ_ONLY, READ_ONLY_TEXT);
            return;
        }
        WorkingOrder order = book.find(session.clientId(), orderId);
        if (order == null) {
            session.sendError(orderId, CANCEL_NOT_FOUND, "OrderId " + orderId + " that needs to be cancelled is not found.");
            return;
        }
        if (order.isDone()) {
            session.sendError(orderId, CANNOT_CANCEL, "OrderId " + orderId + " that needs to be cancelled cannot be cancelled, state: "
                    + order.status.wireValue() + ".");
            return;
        }
        cancel(order, true);
    }

    /** Cancels every open order of every client, manual orders included, as TWS's global cancel does. */
    synchronized void cancelAll(ClientSession session) {
        if (readOnly()) {
            session.sendError(-1, READ_ONLY, READ_ONLY_TEXT);
            return;
        }
        book.open().forEach(order -> cancel(order, true));
    }

    /** Ends an order as cancelled, with TWS's 202 notice if asked, and its bracket children with it. */
    void cancel(WorkingOrder order, boolean notice) {
        if (order.isDone()) {
            return;
        }
        if (notice) {
            reports.error(order, ORDER_CANCELLED, "Order Canceled - reason:");
        }
        end(order, OrderStatus.CANCELLED);
        book.children(order).forEach(child -> cancel(child, notice));
    }

    /** Ends an order with a terminal status and reports it. */
    void end(WorkingOrder order, OrderStatus status) {
        order.status = status;
        order.completedAt = now();
        order.held = false;
        reports.openOrderAndStatus(order);
        matching.release(order);
        log.info("{} {}", order.describe(), status);
    }

    /** Returns whether an order's time in force ends it with the trading day. */
    static boolean endsWithTheDay(Order order) {
        TimeInForce tif = order.timeInForce();
        return tif == TimeInForce.DAY || tif == TimeInForce.UNSET;
    }
}
