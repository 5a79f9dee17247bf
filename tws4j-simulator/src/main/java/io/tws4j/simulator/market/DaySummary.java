package io.tws4j.simulator.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * A trading day so far: what market data shows as the open, high, low, last, volume and the
 * previous day's close. Instruments without trades (forex) use midpoints.
 *
 * @param tradingDay the trading day
 * @param open the first price of the day, if there was one yet
 * @param high the highest price so far
 * @param low the lowest price so far
 * @param last the latest price
 * @param volume the volume so far
 * @param previousClose the previous trading day's last price in its regular hours
 */
public record DaySummary(LocalDate tradingDay, OptionalDouble open, OptionalDouble high, OptionalDouble low,
                         OptionalDouble last, BigDecimal volume, OptionalDouble previousClose) {}
