package io.tws4j.simulator.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.contracts.Contract;
import io.tws4j.contracts.ContractDetails;
import io.tws4j.contracts.OptionRight;
import io.tws4j.contracts.SecurityType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contract matching as TWS does it: exact descriptions find one instrument, partial ones several, unknown ones none. */
class ContractMatcherTest {
    private static final LocalDate TODAY = InstrumentUniverseTest.TODAY;
    private final ContractMatcher matcher = new ContractMatcher(InstrumentUniverseTest.UNIVERSE);

    @Test
    void typedBuildersFindExactlyOneInstrument() {
        assertThat(one(Contract.stock("TSLA").build()).contract().conId()).isEqualTo(76792991);
        assertThat(one(Contract.stock("7203").onExchange("TSEJ").inCurrency("JPY").build()).contract().currency()).isEqualTo("JPY");
        assertThat(one(Contract.forex("EUR", "USD").build()).contract().conId()).isEqualTo(12087792);
        assertThat(one(Contract.crypto("BTC").build()).contract().exchange()).isEqualTo("PAXOS");
        assertThat(one(Contract.index("SPX").build()).longName()).isEqualTo("S&P 500 Stock Index");
        assertThat(one(Contract.bondCusip("912810RN0").build()).bond().orElseThrow().coupon()).isEqualTo(2.875);
        assertThat(one(Contract.bondIsin("DE0001102309").build()).contract().currency()).isEqualTo("EUR");
        assertThat(one(Contract.futures("ES").contractMonth(2026, 6).build()).contract().lastTradeDateOrContractMonth())
                .isEqualTo("20260618");
        assertThat(one(Contract.call("AAPL").strike(230).expiresOn(2026, 6, 18).build()).underConId()).isEqualTo(265598);
    }

    @Test
    void conIdAloneIdentifiesAndTheRequestedExchangeIsKept() {
        ContractDetails aapl = one(Contract.ofConId(265598, "NASDAQ"));

        assertThat(aapl.contract().symbol()).isEqualTo("AAPL");
        assertThat(aapl.contract().exchange()).isEqualTo("NASDAQ");
        assertThat(matcher.details(Contract.ofConId(265598, "TSEJ"), TODAY)).isEmpty();
        assertThat(matcher.details(Contract.ofConId(1, "SMART"), TODAY)).isEmpty();
    }

    @Test
    void usStocksAndEtfsAreRoutedToTwsVenuesIslandAmongThem() {
        List<String> venues = List.of("SMART", "AMEX", "NYSE", "CBOE", "PHLX", "ISE", "CHX", "ARCA", "ISLAND", "DRCTEDGE", "BEX",
                "BATS", "EDGEA", "BYX", "IEX", "EDGX", "FOXRIVER", "PEARL", "NYSENAT", "LTSE", "MEMX", "IBEOS", "OVERNIGHT",
                "TPLUS0", "PSX");
        for (String symbol : List.of("AAPL", "MSFT", "JPM", "SPY", "QQQ")) {
            ContractDetails details = one(Contract.stock(symbol).build());
            assertThat(details.validExchanges()).as(symbol).containsExactlyElementsOf(venues);
            assertThat(details.marketRuleIds()).as(symbol).hasSameSizeAs(venues);
            for (String venue : venues) {
                ContractDetails onVenue = one(Contract.stock(symbol).onExchange(venue).build());
                assertThat(onVenue.contract().exchange()).as(symbol + " on " + venue).isEqualTo(venue);
                assertThat(onVenue.contract().primaryExchange()).isEqualTo(details.contract().primaryExchange());
            }
        }
        assertThat(one(Contract.stock("AAPL").onExchange("ISLAND").build()).contract().primaryExchange()).isEqualTo("NASDAQ");
        assertThat(one(Contract.stock("AAPL").onExchange("NASDAQ").build()).contract().conId()).as("TWS 10.16's name for ISLAND")
                .isEqualTo(265598);
        assertThat(matcher.details(Contract.stock("AAPL").onExchange("NOSUCHVENUE").build(), TODAY)).isEmpty();
        assertThat(matcher.details(Contract.stock("AAPL").onExchange("TSEJ").build(), TODAY)).isEmpty();
    }

    @Test
    void partialDescriptionsMatchEveryCandidate() {
        List<ContractDetails> allEs = matcher.details(Contract.futures("ES").anyMonth().build(), TODAY);
        List<ContractDetails> sap = matcher.details(Contract.builder().symbol("SAP").secType(SecurityType.STOCK)
                .exchange("SMART").build(), TODAY);
        List<ContractDetails> juneCalls = matcher.details(Contract.builder().symbol("AAPL").secType(SecurityType.OPTION)
                .lastTradeDateOrContractMonth("202606").right(OptionRight.CALL).exchange("SMART").build(), TODAY);
        List<ContractDetails> monthlyCalls = matcher.details(Contract.builder().symbol("AAPL").secType(SecurityType.OPTION)
                .lastTradeDateOrContractMonth("20260618").right(OptionRight.CALL).exchange("SMART").build(), TODAY);

        assertThat(allEs).hasSize(6).extracting(d -> d.contract().lastTradeDateOrContractMonth()).isSorted();
        assertThat(sap).extracting(d -> d.contract().currency()).containsExactlyInAnyOrder("USD", "EUR");
        assertThat(juneCalls).hasSize(2 * 17).allSatisfy(d -> assertThat(d.contract().optionRight()).isEqualTo(OptionRight.CALL));
        assertThat(monthlyCalls).hasSize(17).extracting(d -> d.contract().strike()).isSorted();
    }

    @Test
    void expiredFuturesMatchOnlyWhenAskedFor() {
        Contract march = Contract.futures("ES").contractMonth(2026, 3).build();

        assertThat(matcher.details(march, TODAY)).isEmpty();
        assertThat(matcher.details(march.toBuilder().includeExpired(true).build(), TODAY)).hasSize(1);
        assertThat(matcher.details(Contract.futures("ES").anyMonth().build().toBuilder().includeExpired(true).build(), TODAY))
                .hasSize(10);
    }

    @Test
    void continuousFutureIsTheFrontContract() {
        ContractDetails front = one(Contract.continuousFutures("NQ").build());

        assertThat(front.contract().securityType()).isEqualTo(SecurityType.CONTINUOUS_FUTURE);
        assertThat(front.contract().lastTradeDateOrContractMonth()).isEqualTo("20260618");
        assertThat(front.contract().multiplier()).isEqualTo(20.0);
    }

    @Test
    void unknownContractsMatchNothingAndEmptyOnesAreInvalid() {
        assertThat(matcher.details(Contract.stock("NOSUCH").build(), TODAY)).isEmpty();
        assertThat(matcher.details(Contract.stock("AAPL").inCurrency("EUR").build(), TODAY)).isEmpty();
        assertThat(matcher.details(Contract.stock("AAPL").onExchange("TSEJ").build(), TODAY)).isEmpty();
        assertThat(ContractMatcher.problem(Contract.builder().secType(SecurityType.STOCK).exchange("SMART").build()))
                .hasValueSatisfying(problem -> assertThat(problem).contains("no conId, symbol"));
        assertThat(ContractMatcher.problem(Contract.stock("AAPL").build())).isEmpty();
    }

    private ContractDetails one(Contract contract) {
        List<ContractDetails> found = matcher.details(contract, TODAY);
        assertThat(found).as("matches of %s", contract.describe()).hasSize(1);
        return found.getFirst();
    }
}
