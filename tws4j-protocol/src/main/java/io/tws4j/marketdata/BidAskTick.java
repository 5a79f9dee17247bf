package io.tws4j.marketdata;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A change of the best bid and offer, from a tick-by-tick stream of {@link TickByTickType#BID_ASK}.
 *
 * @param requestId the tick-by-tick request it answers
 * @param time when the quote changed, to the second
 * @param bidPrice the best bid
 * @param askPrice the best offer
 * @param bidSize the size bid, exactly as TWS sent it
 * @param askSize the size offered, exactly as TWS sent it
 * @param attributes whether the bid is below the day's low or the ask above its high
 */
public record BidAskTick(int requestId, Instant time, double bidPrice, double askPrice, BigDecimal bidSize,
                         BigDecimal askSize, BidAskAttributes attributes) implements TickByTick {

    public BidAskTick {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(bidSize, "bidSize");
        Objects.requireNonNull(askSize, "askSize");
        Objects.requireNonNull(attributes, "attributes");
    }
}
