package io.tws4j.simulator.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.contracts.Contract;
import io.tws4j.scanner.ScanCode;
import io.tws4j.scanner.ScanResult;
import io.tws4j.scanner.ScannerSubscription;
import io.tws4j.simulator.contracts.InstrumentUniverse;
import io.tws4j.simulator.market.MarketModel;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Scans rank the model's day as their names promise, in their location, through their filters. */
class ScanEngineTest {
    /** Tuesday 4 March 2025, 13:30 in New York: a regular session under way. */
    private static final Instant TUESDAY_AFTERNOON = Instant.parse("2025-03-04T18:30:00Z");
    private static final Instant SATURDAY = Instant.parse("2025-03-08T15:00:00Z");

    private static StockSnapshots snapshots;
    private static ScanEngine engine;

    @BeforeAll
    static void market() {
        InstrumentUniverse universe = InstrumentUniverse.standard(LocalDate.of(2025, 3, 4));
        MarketModel model = universe.marketModel(7, InstantSource.fixed(TUESDAY_AFTERNOON), null);
        snapshots = new StockSnapshots(universe, model);
        engine = new ScanEngine(snapshots);
    }

    @ParameterizedTest
    @EnumSource(SimulatedScan.class)
    void everyScanRanksBestFirstAndOnlyQualifyingStocks(SimulatedScan scan) throws Exception {
        ScanResult result = engine.run(criteria(ScannerSubscription.builder(ScanCode.of(scan.name())).instrument("STK")
                .locationCode("STK.US.MAJOR").build()), TUESDAY_AFTERNOON);

        Map<Integer, StockSnapshot> byConId = snapshotsByConId(TUESDAY_AFTERNOON);
        List<StockSnapshot> ranked = result.contracts().stream().map(contract -> byConId.get(contract.conId())).toList();
        assertThat(ranked).allSatisfy(snapshot -> assertThat(scan.qualifies(snapshot)).isTrue());
        assertThat(ranked).isSortedAccordingTo(scan.ranking());
        assertThat(result.rows()).extracting(row -> row.rank()).containsExactlyElementsOf(
                IntStream.range(0, ranked.size()).boxed().toList());
        long qualifying = byConId.values().stream().filter(scan::qualifies)
                .filter(s -> s.instrument().contract().currency().equals("USD")).count();
        assertThat(ranked).hasSize((int) Math.min(qualifying, ScanCriteria.MAX_ROWS));
    }

    @Test
    void topGainersAreUpAndLosersDown() throws Exception {
        ScanResult gainers = run(ScannerSubscription.builder(ScanCode.TOP_PERC_GAIN).instrument("STK").locationCode("STK.US.MAJOR"));
        ScanResult losers = run(ScannerSubscription.builder(ScanCode.TOP_PERC_LOSE).instrument("STK").locationCode("STK.US.MAJOR"));
        Map<Integer, StockSnapshot> byConId = snapshotsByConId(TUESDAY_AFTERNOON);

        assertThat(gainers.rows()).isNotEmpty();
        assertThat(losers.rows()).isNotEmpty();
        assertThat(gainers.contracts()).allSatisfy(c -> assertThat(byConId.get(c.conId()).changePercent()).isPositive());
        assertThat(losers.contracts()).allSatisfy(c -> assertThat(byConId.get(c.conId()).changePercent()).isNegative());
        assertThat(gainers.contracts()).doesNotContainAnyElementsOf(losers.contracts());
    }

    @Test
    void locationsNarrowToTheirExchanges() throws Exception {
        ScanResult nyse = run(ScannerSubscription.builder(ScanCode.MOST_ACTIVE).instrument("STK").locationCode("STK.NYSE"));
        ScanResult tokyo = run(ScannerSubscription.builder(ScanCode.MOST_ACTIVE).instrument("STOCK.HK").locationCode("STK.HK.TSE_JPN"));
        ScanResult etfs = run(ScannerSubscription.builder(ScanCode.MOST_ACTIVE).instrument("ETF.EQ.US").locationCode("ETF.EQ.US.MAJOR"));
        ScanResult europe = run(ScannerSubscription.builder(ScanCode.MOST_ACTIVE).instrument("STOCK.EU"));

        assertThat(nyse.contracts()).isNotEmpty().allSatisfy(c -> assertThat(c.primaryExchange()).isEqualTo("NYSE"));
        assertThat(tokyo.symbols()).containsExactly("7203");
        assertThat(etfs.symbols()).containsExactlyInAnyOrder("SPY", "QQQ", "IWM", "DIA");
        assertThat(europe.contracts()).extracting(Contract::conId).containsExactly(14204);
    }

    @Test
    void filtersAndRowsNarrowTheResult() throws Exception {
        ScanResult limited = run(ScannerSubscription.builder(ScanCode.MOST_ACTIVE).instrument("STK").numberOfRows(3));
        ScanResult expensive = run(ScannerSubscription.builder(ScanCode.MOST_ACTIVE).instrument("STK").abovePrice(300));
        ScanResult large = run(ScannerSubscription.builder(ScanCode.MOST_ACTIVE).instrument("STK")
                .filterOption("marketCapAbove1e6", "1000000"));
        ScanResult etfsOnly = run(ScannerSubscription.builder(ScanCode.MOST_ACTIVE).instrument("STK").stockTypeFilter("ETF"));
        Map<Integer, StockSnapshot> byConId = snapshotsByConId(TUESDAY_AFTERNOON);

        assertThat(limited.rows()).hasSize(3);
        assertThat(expensive.contracts()).isNotEmpty().allSatisfy(c -> assertThat(byConId.get(c.conId()).last()).isGreaterThanOrEqualTo(300));
        assertThat(large.symbols()).isNotEmpty().allSatisfy(symbol -> assertThat(symbol).isIn("AAPL", "MSFT", "NVDA", "AMZN", "GOOGL", "META"));
        assertThat(etfsOnly.symbols()).containsExactlyInAnyOrder("SPY", "QQQ", "IWM", "DIA");
    }

    @Test
    void onAWeekendTheScanShowsTheLastTradingDay() throws Exception {
        ScanResult saturday = engine.run(criteria(ScannerSubscription.builder(ScanCode.TOP_PERC_GAIN).instrument("STK")), SATURDAY);
        Map<Integer, StockSnapshot> friday = snapshotsByConId(Instant.parse("2025-03-08T01:00:00Z"));   // Friday 20:00 in New York

        assertThat(saturday.rows()).isNotEmpty();
        assertThat(saturday.contracts()).allSatisfy(c -> assertThat(friday.get(c.conId()).changePercent()).isPositive());
    }

    @Test
    void scansAreAFunctionOfSeedAndTime() throws Exception {
        InstrumentUniverse universe = InstrumentUniverse.standard(LocalDate.of(2025, 3, 4));
        ScanEngine other = new ScanEngine(new StockSnapshots(universe, universe.marketModel(7, InstantSource.fixed(TUESDAY_AFTERNOON), null)));
        ScanCriteria criteria = criteria(ScannerSubscription.builder(ScanCode.HOT_BY_VOLUME).instrument("STK"));

        assertThat(other.run(criteria, TUESDAY_AFTERNOON)).isEqualTo(engine.run(criteria, TUESDAY_AFTERNOON));
    }

    @Test
    void refusesWhatTheCatalogDoesNotOffer() {
        assertThatThrownBy(() -> criteria(ScannerSubscription.builder(ScanCode.of("NO_SUCH_SCAN")).instrument("STK")))
                .hasMessage("Invalid scan code NO_SUCH_SCAN");
        assertThatThrownBy(() -> criteria(ScannerSubscription.builder(ScanCode.MOST_ACTIVE).instrument("FUT.US")))
                .hasMessage("Invalid instrument type 'FUT.US'");
        assertThatThrownBy(() -> criteria(ScannerSubscription.builder(ScanCode.MOST_ACTIVE).instrument("STK").locationCode("STK.EU")))
                .hasMessage("Invalid location code 'STK.EU' for instrument STK");
        assertThatThrownBy(() -> criteria(ScannerSubscription.builder(ScanCode.MOST_ACTIVE).instrument("STK").filterOption("moonPhaseAbove", "1")))
                .hasMessage("Invalid filter tag 'moonPhaseAbove'");
        assertThatThrownBy(() -> criteria(ScannerSubscription.builder(ScanCode.MOST_ACTIVE).instrument("STK").filterOption("priceAbove", "cheap")))
                .hasMessage("Invalid value 'cheap' for filter priceAbove");
        assertThatThrownBy(() -> criteria(ScannerSubscription.builder(ScanCode.MOST_ACTIVE).instrument("STK").stockTypeFilter("PINK")))
                .hasMessage("Invalid stock type filter 'PINK'");
    }

    @Test
    void rowsAreCappedAtFifty() throws Exception {
        assertThat(criteria(ScannerSubscription.builder(ScanCode.MOST_ACTIVE).instrument("STK").numberOfRows(500)).rows()).isEqualTo(50);
        assertThat(criteria(ScannerSubscription.builder(ScanCode.MOST_ACTIVE).instrument("STK").numberOfRows(-1)).rows()).isEqualTo(50);
        assertThat(criteria(ScannerSubscription.builder(ScanCode.MOST_ACTIVE).instrument("STK")).rows()).isEqualTo(50);
    }

    private static ScanResult run(ScannerSubscription.Builder subscription) throws Exception {
        return engine.run(criteria(subscription), TUESDAY_AFTERNOON);
    }

    private static ScanCriteria criteria(ScannerSubscription.Builder subscription) throws Exception {
        return criteria(subscription.build());
    }

    private static ScanCriteria criteria(ScannerSubscription subscription) throws Exception {
        return ScanCriteria.of(subscription);
    }

    private static Map<Integer, StockSnapshot> snapshotsByConId(Instant time) {
        return snapshots.at(time, stock -> true).stream()
                .collect(Collectors.toMap(snapshot -> snapshot.instrument().conId(), Function.identity()));
    }
}
