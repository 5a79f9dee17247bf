package io.tws4j.marketdata;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of an order book.
 *
 * @param price the price
 * @param size the size at that price
 * @param marketMaker the exchange or market maker showing it; empty for a single exchange's book
 */
public record BookLevel(double price, BigDecimal size, String marketMaker) {

    public BookLevel {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(marketMaker, "marketMaker");
    }
}
