package io.tws4j.simulator.market;

import java.math.BigDecimal;

/**
 * One price level of a depth book.
 *
 * @param price the price
 * @param size the size at that price
 * @param marketMaker the exchange (or market maker) that shows it
 */
public record DepthLevel(double price, BigDecimal size, String marketMaker) {}
