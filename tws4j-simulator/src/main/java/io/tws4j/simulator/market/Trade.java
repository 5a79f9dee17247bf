package io.tws4j.simulator.market;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A trade print: at the bid, at the ask or between them; an index's value print has size 0.
 *
 * @param time when it traded
 * @param price the price, on the tick grid
 * @param size the size (0 for index values)
 * @param exchange the exchange that printed it
 */
public record Trade(Instant time, double price, BigDecimal size, String exchange) implements MarketEvent {}
