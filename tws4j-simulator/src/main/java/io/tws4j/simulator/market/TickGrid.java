package io.tws4j.simulator.market;

import io.tws4j.contracts.MarketRule;
import io.tws4j.contracts.PriceIncrement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The prices a market rule allows, as whole multiples of its finest increment, so that prices
 * come out as exact decimals ({@code 187.23}, never {@code 187.22999999999999}) and steps across
 * price levels land on the coarser level's grid.
 */
final class TickGrid {
    private final double finest;
    /** 1 / finest when that is a whole number (0.01 → 100), else 0. */
    private final long perUnit;
    private final long[] lowEdges;
    private final long[] steps;
    /** Whether one increment applies at every price, so that each grid point is the next finest unit. */
    private final boolean uniform;

    TickGrid(MarketRule rule) {
        List<PriceIncrement> increments = rule.increments();
        BigDecimal min = increments.stream().map(step -> BigDecimal.valueOf(step.increment()))
                .min(BigDecimal::compareTo).orElseThrow(() -> new IllegalArgumentException("market rule " + rule.id() + " is empty"));
        this.finest = min.doubleValue();
        BigDecimal inverse = BigDecimal.ONE.divide(min, 12, RoundingMode.HALF_UP).stripTrailingZeros();
        this.perUnit = inverse.scale() <= 0 ? inverse.longValueExact() : 0;
        this.lowEdges = new long[increments.size()];
        this.steps = new long[increments.size()];
        for (int i = 0; i < increments.size(); i++) {
            lowEdges[i] = Math.round(increments.get(i).lowEdge() / finest);
            steps[i] = Math.max(1, Math.round(increments.get(i).increment() / finest));
        }
        this.uniform = increments.size() == 1;
    }

    /** Returns the grid price at or below {@code price}. */
    long floor(double price) {
        long units = (long) Math.floor(price / finest + 1e-9);
        return uniform ? units : units - Math.floorMod(units, stepAt(units));
    }

    /** Returns the next grid price above {@code units}. */
    long up(long units) {
        if (uniform) {
            return units + 1;
        }
        long next = units + stepAt(units);
        long step = stepAt(next);
        return next + Math.floorMod(-next, step);
    }

    /** Returns the next grid price below {@code units}, never below one finest increment. */
    long down(long units) {
        if (uniform) {
            return Math.max(units - 1, 1);
        }
        long next = units - stepAt(units);
        long step = stepAt(next);
        if (step < stepAt(units)) {
            next = units - step;
        }
        return Math.max(next - Math.floorMod(next, step), steps[0]);
    }

    /** Returns the grid price {@code steps} grid prices above {@code units}. */
    long up(long units, int steps) {
        if (uniform) {
            return units + steps;
        }
        long price = units;
        for (int i = 0; i < steps; i++) {
            price = up(price);
        }
        return price;
    }

    /** Returns the grid price {@code steps} grid prices below {@code units}, never below the lowest. */
    long down(long units, int steps) {
        if (uniform) {
            return Math.max(units - steps, lowest());
        }
        long price = units;
        for (int i = 0; i < steps && price > lowest(); i++) {
            price = down(price);
        }
        return price;
    }

    /** Returns the lowest positive grid price. */
    long lowest() {
        return steps[0];
    }

    /** Returns the price of a grid point as the double nearest its decimal value. */
    double price(long units) {
        return perUnit > 0 ? units / (double) perUnit : units * finest;
    }

    private long stepAt(long units) {
        for (int i = lowEdges.length - 1; i > 0; i--) {
            if (lowEdges[i] <= units) {
                return steps[i];
            }
        }
        return steps[0];
    }
}
