package io.tws4j.historical;

import io.tws4j.protocol.wire.Decimals;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.random.RandomGenerator;

/** Seeded random bars and ticks, with prices and sizes of the shapes TWS sends (sizes in the form they are read back in). */
public final class RandomHistory {
    private static final String[] EXCHANGES = {"NASDAQ", "NYSE", "ARCA", "IEX", "BATS"};
    private static final String[] CONDITIONS = {"", "", "T", "I", "4 I"};

    private final RandomGenerator random;

    public RandomHistory(RandomGenerator random) {
        this.random = random;
    }

    /** A bar dated by day or by a whole second. */
    public Bar bar(boolean daily) {
        double low = price();
        double high = low + cents(500);
        BarTime time = daily ? BarTime.of(LocalDate.of(2000, 1, 1).plusDays(random.nextInt(10_000))) : BarTime.of(second());
        return new Bar(time, between(low, high), high, low, between(low, high), size(), between(low, high), random.nextInt(100_000));
    }

    public HistoricalTrade trade() {
        return new HistoricalTrade(second(), price(), size(), EXCHANGES[random.nextInt(EXCHANGES.length)],
                CONDITIONS[random.nextInt(CONDITIONS.length)], random.nextInt(10) == 0, random.nextInt(10) == 0);
    }

    public HistoricalMidpoint midpoint() {
        return new HistoricalMidpoint(second(), price() + 0.005);
    }

    public HistoricalBidAsk bidAsk() {
        double bid = price();
        return new HistoricalBidAsk(second(), bid, bid + cents(10) + 0.01, size(), size(), random.nextInt(10) == 0,
                random.nextInt(10) == 0);
    }

    public HistogramEntry histogramEntry() {
        return new HistogramEntry(price(), size());
    }

    /** A whole second between 2000 and 2030. */
    public Instant second() {
        return Instant.ofEpochSecond(946_684_800L + random.nextLong(946_080_000L));
    }

    private double price() {
        return cents(100_000) + 0.01;
    }

    private double cents(int bound) {
        return random.nextInt(bound) / 100.0;
    }

    private double between(double low, double high) {
        return Math.round((low + random.nextDouble() * (high - low)) * 100) / 100.0;
    }

    private BigDecimal size() {
        BigDecimal raw = random.nextInt(4) == 0 ? BigDecimal.valueOf(random.nextInt(1_000_000), 4) : BigDecimal.valueOf(random.nextInt(100_000));
        return Decimals.parse(Decimals.format(raw));
    }
}
