package io.tws4j.contracts;

/**
 * One step of a market rule: from {@code lowEdge} up (to the next step's low edge), prices move
 * in multiples of {@code increment}.
 *
 * @param lowEdge the lowest price the increment applies to
 * @param increment the price increment
 */
public record PriceIncrement(double lowEdge, double increment) {}
