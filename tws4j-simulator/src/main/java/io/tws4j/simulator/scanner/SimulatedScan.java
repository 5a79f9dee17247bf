package io.tws4j.simulator.scanner;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The scans the simulated gateway runs: which stocks qualify and how they rank, best first.
 * Gainer and loser scans list only stocks that moved that way; ties go to the lower conId.
 */
enum SimulatedScan {
    TOP_PERC_GAIN("Top % Gainers", s -> s.changePercent() > 0, StockSnapshot::changePercent, true),
    TOP_PERC_LOSE("Top % Losers", s -> s.changePercent() < 0, StockSnapshot::changePercent, false),
    MOST_ACTIVE("Most Active", s -> s.volume().signum() > 0, s -> s.volume().doubleValue(), true),
    MOST_ACTIVE_USD("Most Active ($)", s -> s.volume().signum() > 0, StockSnapshot::usdVolume, true),
    HOT_BY_VOLUME("Hot by Volume", s -> s.volumeRatio() > 0, StockSnapshot::volumeRatio, true),
    TOP_OPEN_PERC_GAIN("Top % Gainers Since Open", s -> s.changeSinceOpenPercent() > 0,
            StockSnapshot::changeSinceOpenPercent, true),
    TOP_OPEN_PERC_LOSE("Top % Losers Since Open", s -> s.changeSinceOpenPercent() < 0,
            StockSnapshot::changeSinceOpenPercent, false),
    HIGH_OPEN_GAP("Top Close-to-Open % Gainers", s -> s.openGapPercent() > 0, StockSnapshot::openGapPercent, true),
    LOW_OPEN_GAP("Top Close-to-Open % Losers", s -> s.openGapPercent() < 0, StockSnapshot::openGapPercent, false),
    TOP_PRICE_RANGE("Top Price Range", s -> s.rangePercent() > 0, StockSnapshot::rangePercent, true),
    TOP_TRADE_COUNT("Top Trade Count", s -> s.tradeCount() > 0, s -> s.tradeCount(), true);

    private final String displayName;
    private final Predicate<StockSnapshot> qualifies;
    private final Comparator<StockSnapshot> ranking;

    SimulatedScan(String displayName, Predicate<StockSnapshot> qualifies, ToDoubleFunction<StockSnapshot> measure,
                  boolean highestFirst) {
        this.displayName = displayName;
        this.qualifies = qualifies;
        Comparator<StockSnapshot> byMeasure = Comparator.comparingDouble(measure);
        this.ranking = (highestFirst ? byMeasure.reversed() : byMeasure)
                .thenComparingInt(snapshot -> snapshot.instrument().conId());
    }

    /** Returns the scan of a code, if the simulator runs it. */
    static Optional<SimulatedScan> of(String code) {
        return Arrays.stream(values()).filter(scan -> scan.name().equals(code)).findFirst();
    }

    String displayName() {
        return displayName;
    }

    boolean qualifies(StockSnapshot snapshot) {
        return qualifies.test(snapshot);
    }

    Comparator<StockSnapshot> ranking() {
        return ranking;
    }
}
