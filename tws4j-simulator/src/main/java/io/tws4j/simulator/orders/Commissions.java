package io.tws4j.simulator.orders;

import io.tws4j.contracts.Contract;
import java.math.BigDecimal;

/**
 * The commission schedule of the simulated account, after IBKR Pro's fixed pricing as IB
 * publishes it: US stocks USD 0.005 a share, at least USD 1.00 and at most 1 % of the trade value
 * per order; US options USD 0.65 a contract, at least USD 1.00 per order; futures USD 0.85 a
 * contract; forex 0.2 basis points of the value, at least USD 2.00; crypto 0.18 % of the value, at
 * least USD 1.75; other stocks 0.05 % of the value, at least 3 in their currency (for simplicity,
 * also for Tokyo, whose real minimum is JPY 80); bonds 0.1 % of the value, at least 5.
 *
 * <p>The minimum and maximum apply per order, so an order filled in parts pays the minimum with
 * its first fill and the per-share rate after that, as IB charges it: each fill is charged the
 * order's cumulative commission less what earlier fills paid.
 */
final class Commissions {

    private Commissions() {}

    /** Returns the commission of a whole order so far: {@code quantity} units at an average of {@code averagePrice}. */
    static double cumulative(Contract contract, BigDecimal quantity, double averagePrice) {
        double units = quantity.abs().doubleValue();
        if (units == 0) {
            return 0;
        }
        double multiplier = contract.multiplier() > 0 ? contract.multiplier() : 1;
        double value = units * averagePrice * multiplier;
        return round(switch (contract.securityType()) {
            case STOCK -> contract.currency().equals("USD") ? clamp(units * 0.005, 1.0, value * 0.01) : Math.max(value * 0.0005, 3);
            case OPTION, FUTURE_OPTION -> Math.max(units * 0.65, 1.0);
            case FUTURE -> units * 0.85;
            case FOREX -> Math.max(value * 0.00002, 2.0);
            case CRYPTO -> Math.max(value * 0.0018, 1.75);
            case BOND -> Math.max(value * 0.001, 5);
            default -> Math.max(units * 0.005, 1.0);
        });
    }

    /** Returns the commission of one fill: the order's cumulative commission after it, less what was charged before. */
    static double ofFill(Contract contract, BigDecimal filledAfter, double averagePriceAfter, double chargedBefore) {
        return round(Math.max(0, cumulative(contract, filledAfter, averagePriceAfter) - chargedBefore));
    }

    /** At least the minimum, at most the maximum; when the maximum is below the minimum, the maximum (as IB assesses it). */
    private static double clamp(double amount, double min, double max) {
        return Math.min(Math.max(amount, min), max);
    }

    private static double round(double amount) {
        return Math.round(amount * 100) / 100.0;
    }
}
