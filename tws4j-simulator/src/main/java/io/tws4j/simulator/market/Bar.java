package io.tws4j.simulator.market;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A summary of the market over [{@code start}, {@code end}): open, high, low and close of one
 * price series, and for trades the volume, the volume-weighted average price and the count.
 * Quote series have volume 0, a WAP equal to the close, and count the quotes.
 *
 * @param start the first instant covered
 * @param end the instant after the last one covered
 * @param open the first price
 * @param high the highest price
 * @param low the lowest price
 * @param close the last price
 * @param volume the traded size
 * @param wap the volume-weighted average price (the average price when nothing has size)
 * @param count the number of trades (or quotes)
 */
public record Bar(Instant start, Instant end, double open, double high, double low, double close, BigDecimal volume,
                  double wap, int count) {}
