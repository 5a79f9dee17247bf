package io.tws4j.marketdata;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A price: bid, ask, last, high, low, close, open, and their delayed variants.
 *
 * @param requestId the market data request it answers
 * @param type which price
 * @param price the price
 * @param size the size that goes with bid, ask and last prices, or null when the tick carries none
 * @param attributes the tick's flags
 */
public record PriceTick(int requestId, TickType type, double price, BigDecimal size, TickAttributes attributes)
        implements Tick {

    /** Returns the size that goes with this price, if the tick carries one. */
    public Optional<BigDecimal> optionalSize() {
        return Optional.ofNullable(size);
    }
}
