package io.tws4j.contracts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * A market rule: the price increment that applies at each price level. Contract details name
 * the rule of each exchange ({@link ContractDetails#marketRuleIdFor(String)}).
 *
 * {@snippet :
 * MarketRule rule = client.marketRule(26);
 * double tick = rule.incrementAt(187.23);        // 0.01
 * double price = rule.round(187.234);             // 187.23
 * }
 *
 * @param id the rule's id
 * @param increments the increments by price level, lowest first
 */
public record MarketRule(int id, List<PriceIncrement> increments) {

    public MarketRule {
        increments = increments.stream().sorted(Comparator.comparingDouble(PriceIncrement::lowEdge)).toList();
    }

    /**
     * Returns the increment that applies at {@code price}: that of the highest low edge at or
     * below it (the lowest step's below every edge).
     *
     * @throws IllegalStateException if the rule has no increments
     */
    public double incrementAt(double price) {
        if (increments.isEmpty()) {
            throw new IllegalStateException("market rule " + id + " has no price increments");
        }
        double increment = increments.getFirst().increment();
        for (PriceIncrement step : increments) {
            if (step.lowEdge() <= price) {
                increment = step.increment();
            }
        }
        return increment;
    }

    /** Returns the price rounded to the nearest multiple of the increment at that price. */
    public double round(double price) {
        BigDecimal increment = BigDecimal.valueOf(incrementAt(price));
        BigDecimal steps = BigDecimal.valueOf(price).divide(increment, 0, RoundingMode.HALF_UP);
        return steps.multiply(increment).doubleValue();
    }
}
