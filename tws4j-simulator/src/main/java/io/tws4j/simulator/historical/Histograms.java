package io.tws4j.simulator.historical;

import io.tws4j.historical.HistogramEntry;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.Trade;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Histograms: the volume traded at each price over a period, from the market model's trades in
 * the hours asked for, lowest price first (inferred: TWS's order is not documented).
 */
final class Histograms {

    private Histograms() {}

    static List<HistogramEntry> of(InstrumentMarket market, TradingTime time, Instant from, Instant to) {
        Map<Double, BigDecimal> volumes = new TreeMap<>();
        for (TradingTime.Interval session : time.forward(from)) {
            if (!session.start().isBefore(to)) {
                break;
            }
            for (Trade trade : market.trades(session.start(), TradingTime.min(session.end(), to))) {
                volumes.merge(trade.price(), trade.size(), BigDecimal::add);
            }
        }
        return volumes.entrySet().stream().map(entry -> new HistogramEntry(entry.getKey(), entry.getValue())).toList();
    }
}
