package io.tws4j.historical;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A historical best bid and offer ({@code BID_ASK} ticks, HISTORICAL_TICKS_BID_ASK on the wire).
 *
 * @param time when the quote was set, to the second
 * @param bidPrice the best bid
 * @param askPrice the best offer
 * @param bidSize the size bid (zero when the request ignored sizes)
 * @param askSize the size offered (zero when the request ignored sizes)
 * @param bidPastLow whether the bid is below the day's low
 * @param askPastHigh whether the offer is above the day's high
 */
public record HistoricalBidAsk(Instant time, double bidPrice, double askPrice, BigDecimal bidSize, BigDecimal askSize,
                         boolean bidPastLow, boolean askPastHigh) implements HistoricalTick {

    public HistoricalBidAsk {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(bidSize, "bidSize");
        Objects.requireNonNull(askSize, "askSize");
    }
}
