package io.tws4j.simulator.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What one instrument's market did during one second, in compact form: its quotes and trades in
 * time order, as millisecond offsets, prices and sizes in size units. Every second of a session of
 * a quoted market opens with a quote (offset 0), so the quote in force at any moment of a session
 * is found within its own second.
 */
final class SecondEvents {
    static final SecondEvents CLOSED = new SecondEvents(0, new int[0], new double[0], new double[0], new long[0],
            new long[0], new int[0], new double[0], new long[0], new int[0]);

    final long second;
    final int[] quoteMillis;
    final double[] bids;
    final double[] asks;
    final long[] bidUnits;
    final long[] askUnits;
    final int[] tradeMillis;
    final double[] tradePrices;
    final long[] tradeUnits;
    final int[] tradeExchanges;

    SecondEvents(long second, int[] quoteMillis, double[] bids, double[] asks, long[] bidUnits, long[] askUnits,
                 int[] tradeMillis, double[] tradePrices, long[] tradeUnits, int[] tradeExchanges) {
        this.second = second;
        this.quoteMillis = quoteMillis;
        this.bids = bids;
        this.asks = asks;
        this.bidUnits = bidUnits;
        this.askUnits = askUnits;
        this.tradeMillis = tradeMillis;
        this.tradePrices = tradePrices;
        this.tradeUnits = tradeUnits;
        this.tradeExchanges = tradeExchanges;
    }

    boolean isEmpty() {
        return quoteMillis.length == 0 && tradeMillis.length == 0;
    }

    int quoteCount() {
        return quoteMillis.length;
    }

    int tradeCount() {
        return tradeMillis.length;
    }

    /** Returns the index of the last quote set at or before {@code millis}, or -1. */
    int quoteIndexAt(int millis) {
        int found = -1;
        for (int i = 0; i < quoteMillis.length && quoteMillis[i] <= millis; i++) {
            found = i;
        }
        return found;
    }

    Quote quote(int index, BigDecimal unit) {
        return new Quote(instant(quoteMillis[index]), bids[index], unit.multiply(BigDecimal.valueOf(bidUnits[index])),
                asks[index], unit.multiply(BigDecimal.valueOf(askUnits[index])));
    }

    Trade trade(int index, BigDecimal unit, List<String> exchanges) {
        return new Trade(instant(tradeMillis[index]), tradePrices[index],
                unit.multiply(BigDecimal.valueOf(tradeUnits[index])), exchanges.get(tradeExchanges[index]));
    }

    private Instant instant(int millis) {
        return Instant.ofEpochSecond(second, millis * 1_000_000L);
    }
}
