package io.tws4j.simulator.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.contracts.ContractDescription;
import io.tws4j.contracts.ContractDetails;
import io.tws4j.contracts.MarketRule;
import io.tws4j.contracts.OptionChain;
import io.tws4j.contracts.SecurityType;
import io.tws4j.simulator.market.MarketModel;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The instrument universe: what the issue lists is there, described as TWS would. */
class InstrumentUniverseTest {
    static final LocalDate TODAY = LocalDate.of(2026, 5, 12);
    static final InstrumentUniverse UNIVERSE = InstrumentUniverse.standard(TODAY);

    @Test
    void listsTheRequiredStocksAndEtfs() {
        List<String> usStocks = UNIVERSE.all().stream()
                .filter(i -> i.securityType() == SecurityType.STOCK && i.contract().currency().equals("USD"))
                .map(i -> i.contract().symbol()).toList();

        assertThat(usStocks).hasSizeGreaterThanOrEqualTo(20).contains("AAPL", "NVDA", "TSLA", "MSFT", "SPY");
        assertThat(UNIVERSE.byConId(265598).orElseThrow().details().longName()).isEqualTo("APPLE INC");
    }

    @Test
    void everyInstrumentIsDescribedConsistently() {
        assertThat(UNIVERSE.all()).allSatisfy(instrument -> {
            ContractDetails details = instrument.details();
            assertThat(details.contract().conId()).isPositive();
            assertThat(details.validExchanges()).isNotEmpty().hasSameSizeAs(details.marketRuleIds());
            assertThat(details.marketRuleIds()).allSatisfy(id -> assertThat(MarketRules.byId(id)).isPresent());
            assertThat(details.timeZone()).isPresent();
            MarketRule rule = instrument.profile().priceRule();
            assertThat(details.minTick()).isEqualTo(rule.increments().getFirst().increment());
            assertThat(details.secIdList().values()).allSatisfy(id -> assertThat(id).hasSizeBetween(9, 12));
        });
    }

    @Test
    void isinsCarryValidCheckDigits() {
        assertThat(Listings.isin("US", "037833100")).isEqualTo("US0378331005");
        assertThat(Listings.isin("US", "912810RN0")).isEqualTo("US912810RN00");
        assertThat(Listings.isin("DE", "000716460")).isEqualTo("DE0007164600");
    }

    @Test
    void detailsForADayCarryAWeekOfHoursInTheContractsZone() {
        ContractDetails toyota = UNIVERSE.byConId(13905810).orElseThrow().detailsFor("TSEJ", TODAY);

        assertThat(toyota.contract().exchange()).isEqualTo("TSEJ");
        assertThat(toyota.timeZoneId()).isEqualTo("Japan");
        assertThat(toyota.tradingHours().sessionsOn(TODAY)).hasSize(2);
        assertThat(toyota.tradingHours().closedDays()).isNotEmpty();
        assertThat(toyota.liquidHours().text()).startsWith("20260512:0900-20260512:1130;20260512:1230-20260512:1530");
    }

    @Test
    void futuresAreQuarterlyAndMoveOffHolidays() {
        List<String> esExpiries = UNIVERSE.all().stream()
                .filter(i -> i.securityType() == SecurityType.FUTURE && i.contract().symbol().equals("ES"))
                .map(i -> i.contract().lastTradeDateOrContractMonth()).sorted().toList();

        assertThat(esExpiries).hasSize(10).contains("20260320", "20260618", "20260918");   // June 19, 2026 is Juneteenth
        assertThat(FuturesListings.lastTradingDay(YearMonth.of(2026, 6))).isEqualTo(LocalDate.of(2026, 6, 18));
    }

    @Test
    void aaplOptionChainHasWeekliesMonthliesAndStrikesAroundTheMoney() {
        List<OptionChain> chains = UNIVERSE.optionChains(265598, "AAPL", TODAY);

        assertThat(chains).extracting(OptionChain::exchange).contains("SMART", "CBOE");
        OptionChain smart = chains.getFirst();
        assertThat(smart.tradingClass()).isEqualTo("AAPL");
        assertThat(smart.multiplier()).isEqualTo("100");
        assertThat(smart.expirations()).hasSizeBetween(5, 7).allSatisfy(day -> assertThat(day).isAfterOrEqualTo(TODAY))
                .contains(LocalDate.of(2026, 5, 15), LocalDate.of(2026, 6, 18), LocalDate.of(2026, 7, 17));
        assertThat(smart.strikes()).hasSize(17).contains(230.0).allSatisfy(strike -> assertThat(strike % 5).isZero());
        assertThat(UNIVERSE.optionChains(265598, "MSFT", TODAY)).isEmpty();
        assertThat(UNIVERSE.optionChains(272093, "MSFT", TODAY)).isEmpty();
    }

    @Test
    void symbolSearchFindsStocksByPrefixAndNameWithTheirDerivatives() {
        List<ContractDescription> found = UNIVERSE.search("aap");
        List<ContractDescription> byName = UNIVERSE.search("toyota");

        assertThat(found).extracting(d -> d.contract().symbol()).containsExactly("AAPL");
        assertThat(found.getFirst().derivativeSecTypes()).containsExactly("OPT");
        assertThat(found.getFirst().contract().primaryExchange()).isEqualTo("NASDAQ");
        assertThat(byName).extracting(d -> d.contract().symbol()).containsExactly("7203");
        assertThat(UNIVERSE.search("SAP")).hasSize(2);
        assertThat(UNIVERSE.search("")).isEmpty();
        assertThat(UNIVERSE.search("A")).hasSizeLessThanOrEqualTo(InstrumentUniverse.MAX_SYMBOL_MATCHES);
    }

    @Test
    void marketModelCoversEveryInstrument() {
        MarketModel model = UNIVERSE.marketModel(1, InstantSource.fixed(Instant.parse("2026-05-12T15:00:00Z")), null);

        assertThat(model.markets()).hasSameSizeAs(UNIVERSE.all());
        assertThat(UNIVERSE.all().stream().filter(i -> i.option().isPresent()).map(Instrument::conId))
                .allSatisfy(conId -> assertThat(model.market(conId).orElseThrow().optionTerms()).isPresent());
        assertThat(Set.copyOf(UNIVERSE.all().stream().map(Instrument::conId).toList())).hasSameSizeAs(UNIVERSE.all());
    }
}
