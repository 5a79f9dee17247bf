package io.tws4j.simulator.orders;

import io.tws4j.contracts.MarketRule;
import io.tws4j.orders.CommissionReport;
import io.tws4j.orders.Execution;
import io.tws4j.orders.ExecutionReport;
import io.tws4j.orders.OcaType;
import io.tws4j.orders.OrderStatus;
import io.tws4j.orders.OrderType;
import io.tws4j.orders.TimeInForce;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.MarketEvent;
import io.tws4j.simulator.market.MarketFeed;
import io.tws4j.simulator.market.MarketModel;
import io.tws4j.simulator.market.MarketStyle;
import io.tws4j.simulator.market.Quote;
import io.tws4j.simulator.market.Rounding;
import io.tws4j.simulator.market.Trade;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The matching engine: trades the desk's live orders against the market model. Each instrument
 * with open orders has a live feed ({@link InstrumentMarket#subscribe}) whose quotes and trades
 * reach the orders on the gateway scheduler's threads, never a session's; an order placed while
 * the market is open first meets the quote in force. Fills are booked in the account and
 * reported as TWS reports them: the execution, the status, the open order and the Filled status
 * again once filled, then the commission report.
 */
final class Matching {
    private static final Logger LOG = LoggerFactory.getLogger(Matching.class);

    private final OrderDesk desk;
    private final MarketModel market;
    private final ExecutionIds executionIds;
    private final Map<Integer, MarketFeed> feeds = new HashMap<>();

    /** Makes the matching engine of a desk. */
    interface Factory {
        Matching create(OrderDesk desk);
    }

    Matching(OrderDesk desk, MarketModel market, ExecutionIds executionIds) {
        this.desk = desk;
        this.market = market;
        this.executionIds = executionIds;
    }

    /** Returns the execution ids the engine hands out. */
    ExecutionIds executionIds() {
        return executionIds;
    }

    // ---- called by the desk, under its lock

    /** Sets when an order expires and when an auction order executes. */
    void schedule(WorkingOrder order) {
        var calendar = order.instrument.profile().calendar();
        Instant now = desk.now();
        order.auctionAt = null;
        order.expiresAt = null;
        if (OrderKinds.isOnClose(order.order)) {
            order.auctionAt = Sessions.regularClose(calendar, now).orElse(null);
        } else if (OrderKinds.isOnOpen(order.order)) {
            order.auctionAt = Sessions.nextRegularOpen(calendar, now).orElse(null);
        } else if (OrderDesk.endsWithTheDay(order.order)) {
            order.expiresAt = Sessions.dayEnd(calendar, now, order.order.outsideRth()).orElse(null);
        } else if (order.order.timeInForce() == TimeInForce.GOOD_TILL_DATE) {
            order.expiresAt = OrderDesk.parseTime(order.order.timing().goodTillDate());
        }
    }

    /** Starts the live feed of the order's instrument, if it has none yet; none starts while the gateway shuts down. */
    void watch(WorkingOrder order) {
        int conId = order.instrument.conId();
        if (!feeds.containsKey(conId)) {
            try {
                market.market(conId).ifPresent(m -> feeds.put(conId, m.subscribe(event -> onEvent(conId, event))));
            } catch (RejectedExecutionException e) {
                LOG.debug("no live feed for {}: the gateway is closing", conId);
            }
        }
    }

    /** Stops the live feed of an instrument without open orders. */
    void release(WorkingOrder order) {
        int conId = order.instrument.conId();
        if (desk.book.openOn(conId).isEmpty()) {
            MarketFeed feed = feeds.remove(conId);
            if (feed != null) {
                feed.close();
            }
        }
    }

    /** Lets a freshly accepted order work: Submitted if it may trade now, then the quote in force; IOC and FOK end here. */
    void start(WorkingOrder order) {
        if (order.isDone()) {
            return;
        }
        submitIfTradable(order);
        tryNow(order);
        TimeInForce tif = order.order.timeInForce();
        if ((tif == TimeInForce.IMMEDIATE_OR_CANCEL || tif == TimeInForce.FILL_OR_KILL) && !order.isDone()) {
            desk.end(order, OrderStatus.CANCELLED);
        }
    }

    /** Moves a waiting order to Submitted once it works at the exchange; returns whether it did. */
    boolean submitIfTradable(WorkingOrder order) {
        if (order.status == OrderStatus.PRE_SUBMITTED && order.isLive() && !order.triggerPending() && mayTrade(order, desk.now())) {
            order.status = OrderStatus.SUBMITTED;
            desk.reports.openOrderAndStatus(order);
            return true;
        }
        return false;
    }

    /** Meets the order with the market as it stands: the last price for its trigger, the quote for a fill. */
    void tryNow(WorkingOrder order) {
        Instant now = desk.now();
        InstrumentMarket m = market.market(order.instrument.conId()).orElse(null);
        if (m == null || !order.isLive() || !mayTrade(order, now)) {
            return;
        }
        if (order.triggerPending()) {
            Optional<Double> price = m.profile().style() == MarketStyle.QUOTES_ONLY
                    ? m.quoteAt(now).map(Quote::mid) : m.lastTradeAt(now).map(Trade::price);
            if (price.isEmpty() || !FillRules.onPrice(order, price.get(), m.profile().priceRule())) {
                return;
            }
            fired(order);
        }
        m.quoteAt(now).ifPresent(quote -> FillRules.againstQuote(order, quote, m.profile().priceRule())
                .ifPresent(match -> fill(order, match, m.profile().exchanges().getFirst(), now, false)));
    }

    // ---- market events, on the scheduler's threads

    private void onEvent(int conId, MarketEvent event) {
        synchronized (desk) {
            InstrumentMarket m = market.market(conId).orElseThrow();
            MarketRule rule = m.profile().priceRule();
            for (WorkingOrder order : desk.book.openOn(conId)) {
                if (!order.isLive() || event.time().isBefore(order.activeFrom) || !mayTrade(order, event.time())) {
                    continue;
                }
                switch (event) {
                    case Quote quote -> onQuote(order, quote, m, rule);
                    case Trade trade -> onTrade(order, trade, rule);
                }
            }
        }
    }

    private void onQuote(WorkingOrder order, Quote quote, InstrumentMarket m, MarketRule rule) {
        if (order.triggerPending() && m.profile().style() == MarketStyle.QUOTES_ONLY) {
            if (!FillRules.onPrice(order, quote.mid(), rule)) {
                return;
            }
            fired(order);
        }
        FillRules.againstQuote(order, quote, rule)
                .ifPresent(match -> fill(order, match, m.profile().exchanges().getFirst(), quote.time(), false));
    }

    private void onTrade(WorkingOrder order, Trade trade, MarketRule rule) {
        if (order.triggerPending()) {
            if (FillRules.onPrice(order, trade.price(), rule)) {
                fired(order);
            }
            return;
        }
        FillRules.againstTrade(order, trade, rule).ifPresent(match -> fill(order, match, trade.exchange(), trade.time(), true));
    }

    private void fired(WorkingOrder order) {
        order.status = OrderStatus.SUBMITTED;
        desk.reports.openOrderAndStatus(order);
    }

    /** Whether the order may trade at {@code time}: market orders in regular hours only, others outside them if they say so. */
    private static boolean mayTrade(WorkingOrder order, Instant time) {
        boolean outsideRth = order.order.outsideRth() && order.tradingType() != OrderType.MARKET;
        return Sessions.mayTrade(order.instrument.profile().calendar(), time, outsideRth);
    }

    // ---- fills

    /** Executes part or all of an order, books it, reports it, and applies what a fill sets off. */
    void fill(WorkingOrder order, FillRules.Match match, String exchange, Instant time, boolean addedLiquidity) {
        BigDecimal size = match.size().min(order.remaining());
        if (size.signum() <= 0) {
            return;
        }
        BigDecimal filledAfter = order.filled.add(size);
        double average = (order.averageFillPrice * order.filled.doubleValue() + match.price() * size.doubleValue())
                / filledAfter.doubleValue();
        double commission = Commissions.ofFill(order.contract, filledAfter, average, order.commissionCharged);
        order.filled = filledAfter;
        order.averageFillPrice = average;
        order.lastFillPrice = match.price();
        order.commissionCharged += commission;
        order.executions++;
        if (order.order.orderType() == OrderType.MARKET_TO_LIMIT && Double.isNaN(order.marketToLimitPrice)) {
            order.marketToLimitPrice = match.price();
        }
        double realized = desk.accounts.book(order.account, order.instrument, order.isBuy() ? size : size.negate(),
                match.price(), commission);
        var rule = order.instrument.profile().priceRule();
        Execution execution = new Execution(order.orderId, executionIds.next(), time, order.account, exchange,
                order.isBuy() ? Execution.BOUGHT : Execution.SOLD, size, Rounding.price(match.price(), rule), order.permId,
                order.clientId, false, filledAfter, Rounding.average(average, rule), order.order.orderRef(), "", 0,
                order.order.clearing().modelCode(), addedLiquidity ? 1 : 2, false, "", 0);
        ExecutionReport report = new ExecutionReport(order.contract, execution);
        CommissionReport commissionReport = new CommissionReport(execution.execId(), Rounding.money(commission),
                order.contract.currency(), Rounding.money(realized), Double.NaN, "");
        desk.book.recordExecution(order.clientId, report, commissionReport);
        boolean complete = order.remaining().signum() == 0;
        desk.reports.execution(order, report);
        order.status = complete ? OrderStatus.FILLED : OrderStatus.SUBMITTED;
        desk.reports.status(order);
        if (complete) {
            order.completedAt = time;
            desk.reports.openOrder(order);
            // TWS repeats the Filled status after the filled open order; IB's API guide warns that
            // orderStatus "may return duplicate messages". Where the repeat falls is inferred.
            desk.reports.status(order);
        }
        desk.reports.commission(order, commissionReport);
        afterFill(order, size, complete);
    }

    /** One-cancels-all siblings are cancelled or reduced; a filled parent's children start working. */
    private void afterFill(WorkingOrder order, BigDecimal size, boolean complete) {
        OcaType type = order.order.oca().type();
        for (WorkingOrder sibling : desk.book.siblings(order)) {
            boolean reduce = order.order.oca().isSet() && (type == OcaType.REDUCE_WITH_BLOCK || type == OcaType.REDUCE_NON_BLOCK);
            if (!reduce) {
                desk.cancel(sibling, false);
                continue;
            }
            BigDecimal rest = sibling.order.totalQuantity().subtract(size);
            if (rest.compareTo(sibling.filled) <= 0) {
                desk.cancel(sibling, false);
            } else {
                sibling.order = sibling.order.toBuilder().totalQuantity(rest).build();
                desk.reports.openOrderAndStatus(sibling);
            }
        }
        if (complete) {
            release(order);
            List<WorkingOrder> children = desk.book.children(order);
            for (WorkingOrder child : children) {
                if (child.wait == WorkingOrder.Wait.PARENT && !child.isDone()) {
                    child.wait = child.order.conditions().isEmpty() ? WorkingOrder.Wait.NONE : WorkingOrder.Wait.CONDITIONS;
                    child.activeFrom = desk.now();
                    start(child);
                }
            }
        }
    }
}
