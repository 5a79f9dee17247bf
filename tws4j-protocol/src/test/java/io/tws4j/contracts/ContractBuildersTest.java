package io.tws4j.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The typed entry points fill TWS's defaults, and refuse what cannot be a valid contract. */
class ContractBuildersTest {

    @Test
    void stockIsSmartRoutedInUsd() {
        Contract tesla = Contract.stock("TSLA").build();

        assertThat(tesla.symbol()).isEqualTo("TSLA");
        assertThat(tesla.securityType()).isEqualTo(SecurityType.STOCK);
        assertThat(tesla.secType()).isEqualTo("STK");
        assertThat(tesla.exchange()).isEqualTo("SMART");
        assertThat(tesla.currency()).isEqualTo("USD");
        assertThat(tesla.conId()).isZero();
        assertThat(tesla.describe()).isEqualTo("TSLA STK SMART USD");
    }

    @Test
    void stockTakesExchangePrimaryExchangeCurrencyAndTradingClass() {
        Contract toyota = Contract.stock("7203").onExchange("tsej").inCurrency("jpy").build();
        Contract microsoft = Contract.stock("MSFT").primaryExchange("NASDAQ").tradingClass("NMS").build();

        assertThat(toyota.exchange()).isEqualTo("TSEJ");
        assertThat(toyota.currency()).isEqualTo("JPY");
        assertThat(microsoft.primaryExchange()).isEqualTo("NASDAQ");
        assertThat(microsoft.tradingClass()).isEqualTo("NMS");
    }

    @Test
    void callCarriesStrikeExpiryRightAndMultiplier() {
        Contract call = Contract.call("AAPL").strike(150).expiresOn(2024, 12, 20).build();

        assertThat(call.securityType()).isEqualTo(SecurityType.OPTION);
        assertThat(call.optionRight()).isEqualTo(OptionRight.CALL);
        assertThat(call.right()).isEqualTo("C");
        assertThat(call.strike()).isEqualTo(150.0);
        assertThat(call.lastTradeDateOrContractMonth()).isEqualTo("20241220");
        assertThat(call.expiry()).contains(LocalDate.of(2024, 12, 20));
        assertThat(call.multiplier()).isEqualTo(100.0);
        assertThat(call.describe()).isEqualTo("AAPL OPT 20241220 150 C SMART USD");
    }

    @Test
    void putWithWeeklyAndMonthlyExpiries() {
        LocalDate tuesday = LocalDate.of(2024, 12, 17);

        assertThat(Contract.put("SPY").strike(580).expiresWeekly(tuesday).build().expiry())
                .contains(LocalDate.of(2024, 12, 20));
        assertThat(Contract.put("SPY").strike(580).expiresMonthly(LocalDate.of(2024, 12, 21)).build().expiry())
                .contains(LocalDate.of(2025, 1, 17));
        assertThat(Contract.option("SPY", OptionRight.PUT).strike(1.5).expiresIn(YearMonth.of(2025, 1)).multiplier(10)
                .build()).satisfies(put -> {
                    assertThat(put.lastTradeDateOrContractMonth()).isEqualTo("202501");
                    assertThat(put.multiplier()).isEqualTo(10.0);
                    assertThat(put.strike()).isEqualTo(1.5);
                });
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -5, Double.NaN, Double.POSITIVE_INFINITY})
    void optionRejectsAStrikeThatIsNotPositive(double strike) {
        assertThatThrownBy(() -> Contract.call("AAPL").strike(strike))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("strike must be a positive number");
    }

    @Test
    void optionRejectsAnImpossibleDateAndAnUnsetRight() {
        assertThatThrownBy(() -> Contract.call("AAPL").strike(150).expiresOn(2024, 2, 30))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid expiry date: 2024-2-30");
        assertThatThrownBy(() -> Contract.option("AAPL", OptionRight.UNSET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CALL or a PUT");
    }

    @Test
    void futuresNeedAContractMonth() {
        assertThatThrownBy(() -> Contract.futures("ES").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("futures ES need a contract month")
                .hasMessageContaining("frontMonth()");
    }

    @Test
    void futuresWithExplicitMonthKnownExchangeAndAnyMonthQuery() {
        Contract march = Contract.futures("ES").contractMonth(2025, 3).build();
        Contract bund = Contract.futures("FGBL").expiresIn(YearMonth.of(2025, 6)).multiplier(1000).build();
        Contract every = Contract.futures("NQ").anyMonth().build();

        assertThat(march.securityType()).isEqualTo(SecurityType.FUTURE);
        assertThat(march.exchange()).isEqualTo("CME");
        assertThat(march.currency()).isEqualTo("USD");
        assertThat(march.lastTradeDateOrContractMonth()).isEqualTo("202503");
        assertThat(march.contractMonth()).contains(YearMonth.of(2025, 3));
        assertThat(bund.exchange()).isEqualTo("EUREX");
        assertThat(bund.currency()).isEqualTo("EUR");
        assertThat(bund.multiplier()).isEqualTo(1000.0);
        assertThat(every.lastTradeDateOrContractMonth()).isEmpty();
        assertThat(Contract.futures("ES").contractMonth(2025, 3).buildAnyMonth().lastTradeDateOrContractMonth()).isEmpty();
        assertThatThrownBy(() -> Contract.futures("ES").contractMonth(2025, 13))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-13");
    }

    @Test
    void futuresCalendarFallbackPicksTheMonth() {
        assertThat(Contract.futures("ES").frontMonth(LocalDate.of(2025, 3, 24)).build().lastTradeDateOrContractMonth())
                .isEqualTo("202506");
        assertThat(Contract.futures("CL").onExchange("NYMEX").nextQuarter(LocalDate.of(2025, 1, 2)).build()
                .lastTradeDateOrContractMonth()).isEqualTo("202503");
    }

    @Test
    void continuousFuturesForexCryptoAndIndex() {
        Contract contfut = Contract.continuousFutures("ES").build();
        Contract euro = Contract.forex("EUR", "USD").build();
        Contract bitcoin = Contract.crypto("BTC").build();
        Contract spx = Contract.index("SPX").build();
        Contract dax = Contract.index("DAX").build();

        assertThat(contfut.secType()).isEqualTo("CONTFUT");
        assertThat(contfut.exchange()).isEqualTo("CME");
        assertThat(List.of(euro.symbol(), euro.currency(), euro.secType(), euro.exchange()))
                .containsExactly("EUR", "USD", "CASH", "IDEALPRO");
        assertThat(List.of(bitcoin.secType(), bitcoin.exchange(), bitcoin.currency())).containsExactly("CRYPTO", "PAXOS", "USD");
        assertThat(List.of(spx.secType(), spx.exchange(), spx.currency())).containsExactly("IND", "CBOE", "USD");
        assertThat(List.of(dax.exchange(), dax.currency())).containsExactly("EUREX", "EUR");
    }

    @Test
    void unknownIndexNeedsAnExchange() {
        assertThatThrownBy(() -> Contract.index("XYZ").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("index XYZ needs an exchange");
        assertThat(Contract.index("XYZ").onExchange("CBOE").build().exchange()).isEqualTo("CBOE");
    }

    @Test
    void forexRejectsBadCurrencies() {
        assertThatThrownBy(() -> Contract.forex("EURO", "USD")).hasMessageContaining("three-letter code");
        assertThatThrownBy(() -> Contract.forex("USD", "usd")).hasMessageContaining("two different currencies");
        assertThatThrownBy(() -> Contract.stock("AAPL").inCurrency("$")).hasMessageContaining("three-letter code");
    }

    @Test
    void bondsByCusipAndIsin() {
        Contract treasury = Contract.bondCusip("912810RN0").build();
        Contract bund = Contract.bondIsin("de0001102309").build();

        assertThat(List.of(treasury.secType(), treasury.secIdType(), treasury.secId(), treasury.exchange(), treasury.currency()))
                .containsExactly("BOND", "CUSIP", "912810RN0", "SMART", "USD");
        assertThat(List.of(bund.secType(), bund.secIdType(), bund.secId(), bund.currency()))
                .containsExactly("BOND", "ISIN", "DE0001102309", "EUR");
        assertThat(bund.securityIdType()).isEqualTo(SecurityIdType.ISIN);
        assertThat(treasury.describe()).isEqualTo("CUSIP 912810RN0 BOND SMART USD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"912810RN1", "912810RN", "91281-RN0", ""})
    void cusipWithWrongCheckDigitOrFormIsRejected(String cusip) {
        assertThatThrownBy(() -> Contract.bondCusip(cusip)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CUSIP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE0001102300", "DE000110230", "1E0001102309"})
    void isinWithWrongCheckDigitOrFormIsRejected(String isin) {
        assertThatThrownBy(() -> Contract.bondIsin(isin)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ISIN");
    }

    @Test
    void spreadsBuildLegsWithActionsAndRatios() {
        Contract vertical = Contract.spread("AAPL").vertical(101, 102).build();
        Contract condor = Contract.spread("SPY").ironCondor(1, 2, 3, 4).build();
        Contract ratio = Contract.spread("AAPL").leg(11, LegAction.BUY).leg(12, LegAction.SELL, 2).build();

        assertThat(vertical.isCombo()).isTrue();
        assertThat(vertical.comboLegs()).extracting(ComboLeg::conId, ComboLeg::legAction, ComboLeg::ratio)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(101, LegAction.BUY, 1),
                        org.assertj.core.groups.Tuple.tuple(102, LegAction.SELL, 1));
        assertThat(condor.comboLegs()).extracting(ComboLeg::legAction)
                .containsExactly(LegAction.BUY, LegAction.SELL, LegAction.SELL, LegAction.BUY);
        assertThat(ratio.comboLegs()).extracting(ComboLeg::ratio).containsExactly(1, 2);
        assertThat(ratio.comboLegs().getFirst().exemptCode()).isEqualTo(-1);
    }

    @Test
    void spreadRejectsTooFewLegsAndBadLegs() {
        assertThatThrownBy(() -> Contract.spread("AAPL").leg(1, LegAction.BUY).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least two legs");
        assertThatThrownBy(() -> Contract.spread("AAPL").leg(0, LegAction.BUY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("conId");
        assertThatThrownBy(() -> Contract.spread("AAPL").leg(1, LegAction.BUY, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ratio");
    }

    @Test
    void blankSymbolsAreRejectedEverywhere() {
        assertThatThrownBy(() -> Contract.stock(" ")).hasMessageContaining("needs a symbol");
        assertThatThrownBy(() -> Contract.call("")).hasMessageContaining("needs a symbol");
        assertThatThrownBy(() -> Contract.futures("")).hasMessageContaining("needs a symbol");
        assertThatThrownBy(() -> Contract.stock("AAPL").onExchange(" ")).hasMessageContaining("exchange must not be blank");
    }

    @Test
    void generalBuilderHasASetterForEveryWireField() {
        Set<String> setters = Arrays.stream(ContractBuilder.class.getMethods())
                .filter(method -> method.getReturnType() == ContractBuilder.class)
                .map(java.lang.reflect.Method::getName)
                .collect(Collectors.toSet());

        assertThat(Contract.class.getRecordComponents()).hasSize(21)
                .allSatisfy(component -> assertThat(setters).as("setter of " + component.getName()).contains(component.getName()));
    }

    @Test
    void generalBuilderSetsEveryFieldAndCopies() {
        Contract full = Contract.builder().conId(7).symbol("X").secType("NEWTYPE").lastTradeDateOrContractMonth("202501")
                .strike(1).right("CALL").multiplier(2).exchange("E").primaryExchange("P").currency("C").localSymbol("L")
                .tradingClass("T").secIdType(SecurityIdType.FIGI).secId("S").description("D").issuerId("I")
                .deltaNeutralContract(new DeltaNeutralContract(9, 0.5, 10)).includeExpired(true)
                .comboLegsDescription("CD").comboLeg(ComboLeg.of(3, LegAction.SELL_SHORT, 1)).lastTradeDate("20250117")
                .build();

        assertThat(full.toBuilder().build()).isEqualTo(full);
        assertThat(full.securityType()).isEqualTo(SecurityType.UNKNOWN);
        assertThat(full.secType()).isEqualTo("NEWTYPE");
        assertThat(full.optionRight()).isEqualTo(OptionRight.CALL);
        assertThat(full.comboLegs().getFirst().action()).isEqualTo("SSHORT");
        assertThatThrownBy(() -> Contract.builder().conId(-1)).hasMessageContaining("conId must not be negative");
        assertThatThrownBy(() -> Contract.builder().strike(-1)).hasMessageContaining("strike must be");
        assertThatThrownBy(() -> Contract.builder().secType(SecurityType.UNKNOWN)).hasMessageContaining("secType(String)");
    }
}
