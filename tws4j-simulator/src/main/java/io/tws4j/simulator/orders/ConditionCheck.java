package io.tws4j.simulator.orders;

import io.tws4j.orders.OrderCondition;
import io.tws4j.orders.OrderConditions;
import io.tws4j.simulator.accounts.AccountBook;
import io.tws4j.simulator.accounts.Valuation;
import io.tws4j.simulator.contracts.InstrumentUniverse;
import io.tws4j.simulator.market.DaySummary;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.MarketModel;
import java.time.Instant;
import java.util.List;

/**
 * Whether an order's conditions are met now, read left to right, each joined to the next by its
 * conjunction as TWS reads them: a price (the contract's mark), a time, the account's margin
 * cushion, an execution of a symbol in the account today, the day's volume, or the change since
 * the previous close.
 */
final class ConditionCheck {
    private final MarketModel market;
    private final InstrumentUniverse instruments;
    private final AccountBook accounts;
    private final OrderBook book;

    ConditionCheck(MarketModel market, InstrumentUniverse instruments, AccountBook accounts, OrderBook book) {
        this.market = market;
        this.instruments = instruments;
        this.accounts = accounts;
        this.book = book;
    }

    boolean met(WorkingOrder order, Instant now) {
        List<OrderCondition> list = order.order.conditions().conditions();
        if (list.isEmpty()) {
            return true;
        }
        boolean result = met(list.getFirst(), order, now);
        for (int i = 1; i < list.size(); i++) {
            boolean next = met(list.get(i), order, now);
            result = list.get(i - 1).conjunction() == OrderCondition.Conjunction.AND ? result && next : result || next;
        }
        return result;
    }

    /** Returns whether conditions may be evaluated now: in regular hours, unless they ignore them. */
    boolean evaluatedAt(OrderConditions conditions, WorkingOrder order, Instant now) {
        return conditions.ignoreRth() || Sessions.mayTrade(order.instrument.profile().calendar(), now, false);
    }

    private boolean met(OrderCondition condition, WorkingOrder order, Instant now) {
        return switch (condition) {
            case OrderCondition.Price p -> compare(p.isMore(), price(p.conId(), now), p.price());
            case OrderCondition.Time t -> {
                Instant at = OrderDesk.parseTime(t.time());
                yield at != null && (t.isMore() ? !now.isBefore(at) : now.isBefore(at));
            }
            case OrderCondition.Margin m -> {
                Valuation valuation = accounts.valuation(order.account);
                yield compare(m.isMore(), valuation.cushion() * 100, m.percent());
            }
            case OrderCondition.Execution e -> book.executions().stream()
                    .anyMatch(record -> record.report().execution().account().equals(order.account)
                            && record.report().contract().symbol().equalsIgnoreCase(e.symbol())
                            && (e.secType().isEmpty() || record.report().contract().secType().equalsIgnoreCase(e.secType())));
            case OrderCondition.Volume v -> market.market(v.conId())
                    .map(m -> compare(v.isMore(), m.daySummary(now).volume().doubleValue(), v.volume())).orElse(false);
            case OrderCondition.PercentChange c -> market.market(c.conId())
                    .map(m -> change(m, now)).map(change -> compare(c.isMore(), change, c.changePercent())).orElse(false);
        };
    }

    private double price(int conId, Instant now) {
        return instruments.byConId(conId).map(instrument -> accounts.marks().price(instrument, now)).orElse(Double.NaN);
    }

    private static Double change(InstrumentMarket m, Instant now) {
        DaySummary day = m.daySummary(now);
        if (day.last().isEmpty() || day.previousClose().isEmpty() || day.previousClose().getAsDouble() == 0) {
            return null;
        }
        return (day.last().getAsDouble() / day.previousClose().getAsDouble() - 1) * 100;
    }

    private static boolean compare(boolean isMore, double value, double threshold) {
        return !Double.isNaN(value) && (isMore ? value > threshold : value < threshold);
    }
}
