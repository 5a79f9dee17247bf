package io.tws4j.orders;

import java.time.Instant;
import java.util.Objects;

/**
 * A condition that activates (or cancels) an order: a price, a time, the margin cushion, an
 * execution, a volume or a percentage change. Each condition says how it joins the <em>next</em>
 * one, {@link Conjunction#AND} or {@link Conjunction#OR}, as TWS reads a list of conditions.
 *
 * {@snippet :
 * List<OrderCondition> when = List.of(
 *         OrderCondition.priceAbove(265598, "SMART", 200.0).or(),
 *         OrderCondition.timeAfter(Instant.parse("2025-01-02T15:00:00Z")));
 * }
 */
public sealed interface OrderCondition {

    /** How a condition joins the one after it. */
    enum Conjunction { AND, OR }

    /** Returns how this condition joins the next one. */
    Conjunction conjunction();

    /** Returns this condition joined to the next one by {@code conjunction}. */
    OrderCondition joinedBy(Conjunction conjunction);

    /** Returns this condition joined to the next one by AND. */
    default OrderCondition and() {
        return joinedBy(Conjunction.AND);
    }

    /** Returns this condition joined to the next one by OR. */
    default OrderCondition or() {
        return joinedBy(Conjunction.OR);
    }

    /** True when the contract's price rises above {@code price}. */
    static Price priceAbove(int conId, String exchange, double price) {
        return new Price(conId, exchange, true, price, TriggerMethod.DEFAULT, Conjunction.AND);
    }

    /** True when the contract's price falls below {@code price}. */
    static Price priceBelow(int conId, String exchange, double price) {
        return new Price(conId, exchange, false, price, TriggerMethod.DEFAULT, Conjunction.AND);
    }

    /** True after {@code time}. */
    static Time timeAfter(Instant time) {
        return new Time(true, OrderTimes.format(time), Conjunction.AND);
    }

    /** True before {@code time}. */
    static Time timeBefore(Instant time) {
        return new Time(false, OrderTimes.format(time), Conjunction.AND);
    }

    /** True when the margin cushion rises above {@code percent}. */
    static Margin marginCushionAbove(int percent) {
        return new Margin(true, percent, Conjunction.AND);
    }

    /** True when the margin cushion falls below {@code percent}. */
    static Margin marginCushionBelow(int percent) {
        return new Margin(false, percent, Conjunction.AND);
    }

    /** True once a trade of {@code symbol} ({@code secType} on {@code exchange}) executes in the account. */
    static Execution execution(String symbol, String secType, String exchange) {
        return new Execution(symbol, secType, exchange, Conjunction.AND);
    }

    /** True when the contract's volume today rises above {@code volume}. */
    static Volume volumeAbove(int conId, String exchange, int volume) {
        return new Volume(conId, exchange, true, volume, Conjunction.AND);
    }

    /** True when the contract's volume today is below {@code volume}. */
    static Volume volumeBelow(int conId, String exchange, int volume) {
        return new Volume(conId, exchange, false, volume, Conjunction.AND);
    }

    /** True when the contract's change since the last close rises above {@code percent}. */
    static PercentChange percentChangeAbove(int conId, String exchange, double percent) {
        return new PercentChange(conId, exchange, true, percent, Conjunction.AND);
    }

    /** True when the contract's change since the last close falls below {@code percent}. */
    static PercentChange percentChangeBelow(int conId, String exchange, double percent) {
        return new PercentChange(conId, exchange, false, percent, Conjunction.AND);
    }

    /**
     * A price condition (wire type 1).
     *
     * @param conId the contract whose price is watched
     * @param exchange where its price is watched
     * @param isMore true for "above", false for "below"
     * @param price the threshold
     * @param triggerMethod which price moves count
     * @param conjunction how it joins the next condition
     */
    record Price(int conId, String exchange, boolean isMore, double price, TriggerMethod triggerMethod,
                 Conjunction conjunction) implements OrderCondition {
        public Price {
            Objects.requireNonNull(exchange, "exchange");
            Objects.requireNonNull(triggerMethod, "triggerMethod");
            Objects.requireNonNull(conjunction, "conjunction");
        }

        /** Returns a copy watching prices by {@code method}. */
        public Price triggeredBy(TriggerMethod method) {
            return new Price(conId, exchange, isMore, price, method, conjunction);
        }

        @Override
        public Price joinedBy(Conjunction next) {
            return new Price(conId, exchange, isMore, price, triggerMethod, next);
        }
    }

    /**
     * A time condition (wire type 3).
     *
     * @param isMore true for "after", false for "before"
     * @param time the time as TWS reads it ({@link OrderTimes})
     * @param conjunction how it joins the next condition
     */
    record Time(boolean isMore, String time, Conjunction conjunction) implements OrderCondition {
        public Time {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(conjunction, "conjunction");
        }

        @Override
        public Time joinedBy(Conjunction next) {
            return new Time(isMore, time, next);
        }
    }

    /**
     * A margin cushion condition (wire type 4).
     *
     * @param isMore true for "above", false for "below"
     * @param percent the cushion in percent
     * @param conjunction how it joins the next condition
     */
    record Margin(boolean isMore, int percent, Conjunction conjunction) implements OrderCondition {
        public Margin {
            Objects.requireNonNull(conjunction, "conjunction");
        }

        @Override
        public Margin joinedBy(Conjunction next) {
            return new Margin(isMore, percent, next);
        }
    }

    /**
     * An execution condition (wire type 5).
     *
     * @param symbol the symbol that must trade
     * @param secType its security type code
     * @param exchange its exchange
     * @param conjunction how it joins the next condition
     */
    record Execution(String symbol, String secType, String exchange, Conjunction conjunction) implements OrderCondition {
        public Execution {
            Objects.requireNonNull(symbol, "symbol");
            Objects.requireNonNull(secType, "secType");
            Objects.requireNonNull(exchange, "exchange");
            Objects.requireNonNull(conjunction, "conjunction");
        }

        @Override
        public Execution joinedBy(Conjunction next) {
            return new Execution(symbol, secType, exchange, next);
        }
    }

    /**
     * A volume condition (wire type 6).
     *
     * @param conId the contract whose volume is watched
     * @param exchange where its volume is watched
     * @param isMore true for "above", false for "below"
     * @param volume the threshold
     * @param conjunction how it joins the next condition
     */
    record Volume(int conId, String exchange, boolean isMore, int volume, Conjunction conjunction) implements OrderCondition {
        public Volume {
            Objects.requireNonNull(exchange, "exchange");
            Objects.requireNonNull(conjunction, "conjunction");
        }

        @Override
        public Volume joinedBy(Conjunction next) {
            return new Volume(conId, exchange, isMore, volume, next);
        }
    }

    /**
     * A percentage change condition (wire type 7).
     *
     * @param conId the contract whose change is watched
     * @param exchange where its price is watched
     * @param isMore true for "above", false for "below"
     * @param changePercent the threshold, in percent
     * @param conjunction how it joins the next condition
     */
    record PercentChange(int conId, String exchange, boolean isMore, double changePercent, Conjunction conjunction)
            implements OrderCondition {
        public PercentChange {
            Objects.requireNonNull(exchange, "exchange");
            Objects.requireNonNull(conjunction, "conjunction");
        }

        @Override
        public PercentChange joinedBy(Conjunction next) {
            return new PercentChange(conId, exchange, isMore, changePercent, next);
        }
    }
}
