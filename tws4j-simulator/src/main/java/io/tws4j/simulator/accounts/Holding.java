package io.tws4j.simulator.accounts;

import io.tws4j.contracts.SecurityType;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.protocol.wire.Decimals;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One position of an account, as IB keeps it: the quantity, the average cost per unit with the
 * multiplier and commissions included, and what closing trades realized today. Mutable; the
 * ledger that owns it guards it.
 */
final class Holding {
    final Instrument instrument;
    BigDecimal quantity = BigDecimal.ZERO;
    /** Per unit, multiplier and commissions included, as IB reports average cost. */
    double averageCost;
    double realizedToday;
    /** Unrealized profit at the start of the trading day, for the day's profit and loss. */
    double unrealizedAtDayStart;

    Holding(Instrument instrument) {
        this.instrument = instrument;
    }

    /** Returns the contract multiplier (1 when the contract has none). */
    double multiplier() {
        double multiplier = instrument.contract().multiplier();
        return multiplier > 0 ? multiplier : 1;
    }

    /** Returns whether the position is marked to market without its notional in cash (futures). */
    boolean isMarkedToMarket() {
        SecurityType type = instrument.securityType();
        return type == SecurityType.FUTURE || type == SecurityType.FUTURE_OPTION;
    }

    /**
     * Applies a fill and returns the profit or loss it realized (after its commission), or NaN if
     * it only added to the position.
     */
    double apply(BigDecimal signedQuantity, double price, double commission) {
        double qty = quantity.doubleValue();
        double fill = signedQuantity.doubleValue();
        double multiplier = multiplier();
        BigDecimal after = quantity.add(signedQuantity);
        if (qty == 0 || Math.signum(qty) == Math.signum(fill)) {
            // A buy's commission raises the cost per unit, a short sale's lowers the proceeds: either way + commission.
            double cost = qty * averageCost + fill * price * multiplier + commission;
            averageCost = cost / after.doubleValue();
            quantity = after;
            return Double.NaN;
        }
        double closed = Math.min(Math.abs(fill), Math.abs(qty));
        double realized = closed * Math.signum(qty) * (price * multiplier - averageCost) - commission;
        realizedToday += realized;
        if (after.signum() != 0 && after.signum() != quantity.signum()) {
            averageCost = price * multiplier;
        } else if (after.signum() == 0) {
            averageCost = 0;
        }
        quantity = after.stripTrailingZeros().compareTo(BigDecimal.ZERO) == 0 ? BigDecimal.ZERO : after;
        return realized;
    }

    /** Returns the market value at {@code mark} (the notional, futures included). */
    double marketValue(double mark) {
        return quantity.doubleValue() * mark * multiplier();
    }

    /** Returns the open profit or loss at {@code mark}. */
    double unrealized(double mark) {
        return marketValue(mark) - quantity.doubleValue() * averageCost;
    }

    /** Returns the quantity as TWS writes it: plain digits, no trailing zeros ({@code 100}, {@code 0.5}). */
    BigDecimal reportedQuantity() {
        return quantity.signum() == 0 ? BigDecimal.ZERO : Decimals.parse(Decimals.format(quantity.round(MathContext.DECIMAL64)));
    }
}
