package io.tws4j.simulator.scanner;

import io.tws4j.simulator.contracts.Instrument;
import java.math.BigDecimal;
import java.util.OptionalDouble;

/**
 * A stock's trading day so far, as the scanner ranks it: prices in the stock's currency, volume
 * in shares, and the figures scans compare.
 *
 * @param instrument the stock
 * @param last the latest price
 * @param open the day's first price
 * @param high the day's highest price
 * @param low the day's lowest price
 * @param previousClose the previous trading day's close
 * @param volume the shares traded so far
 * @param tradeCount the trades so far
 * @param previousVolumeByNow the shares the previous trading day had traded by the same time into its day
 * @param usdPerUnit US dollars per unit of the stock's currency
 * @param marketCapUsd the market capitalisation in US dollars, if the stock has one (funds do not)
 */
record StockSnapshot(Instrument instrument, double last, double open, double high, double low, double previousClose,
                     BigDecimal volume, int tradeCount, BigDecimal previousVolumeByNow, double usdPerUnit,
                     OptionalDouble marketCapUsd) {

    /** Percent change since the previous close. */
    double changePercent() {
        return percent(last, previousClose);
    }

    /** Percent change since today's open. */
    double changeSinceOpenPercent() {
        return percent(last, open);
    }

    /** Today's open against the previous close, in percent. */
    double openGapPercent() {
        return percent(open, previousClose);
    }

    /** High minus low, in percent of the previous close. */
    double rangePercent() {
        return previousClose > 0 ? (high - low) / previousClose * 100 : 0;
    }

    /** The value traded so far, in US dollars (at the last price). */
    double usdVolume() {
        return volume.doubleValue() * last * usdPerUnit;
    }

    /** Today's volume against the previous day's by the same time; 0 when that day had none. */
    double volumeRatio() {
        return previousVolumeByNow.signum() > 0 ? volume.doubleValue() / previousVolumeByNow.doubleValue() : 0;
    }

    /** The last price in US dollars. */
    double usdPrice() {
        return last * usdPerUnit;
    }

    private static double percent(double value, double base) {
        return base > 0 ? (value - base) / base * 100 : 0;
    }
}
