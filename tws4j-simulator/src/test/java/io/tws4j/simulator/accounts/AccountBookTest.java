package io.tws4j.simulator.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tws4j.accounts.AccountValue;
import io.tws4j.accounts.Pnl;
import io.tws4j.accounts.PortfolioValue;
import io.tws4j.accounts.Position;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.contracts.InstrumentUniverse;
import io.tws4j.simulator.market.MarketModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The account model: cash, positions, average costs and realized profit follow the fills; values follow the marks. */
class AccountBookTest {
    private static final Instant NOW = Instant.parse("2025-01-06T15:00:00Z");
    private static final InstrumentUniverse UNIVERSE = InstrumentUniverse.standard(LocalDate.of(2025, 1, 6));
    private static final MarketModel MARKET = UNIVERSE.marketModel(7, InstantSource.fixed(NOW), null);
    private static final Instrument AAPL = UNIVERSE.byConId(265598).orElseThrow();

    private static AccountBook book() {
        return new AccountBook(List.of("DU1"), new Marks(MARKET, UNIVERSE), InstantSource.fixed(NOW));
    }

    @Test
    void buyingPaysCashAndSetsTheAverageCostWithTheCommission() {
        AccountBook book = book();

        double realized = book.book("DU1", AAPL, new BigDecimal("100"), 150.00, 1.00);

        assertThat(realized).isNaN();
        Position position = book.positions("DU1").getFirst();
        assertThat(position.position()).isEqualByComparingTo("100");
        assertThat(position.averageCost()).isCloseTo(150.01, within(1e-9));
        assertThat(book.valuation("DU1").cashBase()).isCloseTo(1_000_000 - 15_001, within(1e-6));
    }

    @Test
    void sellingRealizesAgainstTheAverageCostAndClosingLeavesAZeroPosition() {
        AccountBook book = book();
        book.book("DU1", AAPL, new BigDecimal("100"), 150.00, 1.00);

        double partial = book.book("DU1", AAPL, new BigDecimal("-40"), 155.00, 1.00);
        double rest = book.book("DU1", AAPL, new BigDecimal("-60"), 149.00, 1.00);

        assertThat(partial).isCloseTo(40 * (155.00 - 150.01) - 1.00, within(1e-9));
        assertThat(rest).isCloseTo(60 * (149.00 - 150.01) - 1.00, within(1e-9));
        assertThat(book.positions("DU1").getFirst().position()).isZero();
        assertThat(book.valuation("DU1").realized()).isCloseTo(partial + rest, within(1e-9));
        assertThat(book.valuation("DU1").cashBase()).isCloseTo(1_000_000 + partial + rest, within(1e-6));
    }

    @Test
    void netLiquidationIsCashPlusPositionsAtTheMarks() {
        AccountBook book = book();
        book.book("DU1", AAPL, new BigDecimal("100"), 150.00, 1.00);

        Valuation valuation = book.valuation("DU1");
        double mark = new Marks(MARKET, UNIVERSE).price(AAPL, NOW);
        assertThat(valuation.netLiquidation()).isCloseTo(valuation.cashBase() + 100 * mark, within(1e-6));
        assertThat(valuation.grossPositionValue()).isCloseTo(100 * mark, within(1e-6));
        assertThat(valuation.initialMargin()).isCloseTo(100 * mark * 0.5, within(1e-6));
        assertThat(valuation.availableFunds()).isCloseTo(valuation.netLiquidation() - valuation.initialMargin(), within(1e-6));
        assertThat(valuation.value("NetLiquidation")).isEqualTo(valuation.netLiquidation());
        assertThat(valuation.summary("AccountType")).singleElement().satisfies(v -> assertThat(v.value()).isEqualTo("INDIVIDUAL"));
        assertThat(book.pnlSingle("DU1", 265598)).hasValueSatisfying(pnl -> assertThat(pnl.unrealized())
                .isCloseTo(100 * mark - 100 * 150.01, within(1e-6)));
    }

    @Test
    void anAccountUpdateHasEachKeyOncePerCurrency() {
        AccountBook book = book();
        Instrument sapOnXetra = UNIVERSE.byConId(14204).orElseThrow();
        book.book("DU1", AAPL, new BigDecimal("100"), 150.00, 1.00);
        book.book("DU1", sapOnXetra, new BigDecimal("10"), 225.00, 3.00);

        List<AccountValue> values = book.valuation("DU1").accountValues();

        Map<List<String>, Long> rows = values.stream()
                .collect(Collectors.groupingBy(v -> List.of(v.key(), v.currency(), v.account()), Collectors.counting()));
        assertThat(rows).allSatisfy((row, count) -> assertThat(count).as("rows of %s", row).isEqualTo(1));
        Set<String> keys = values.stream().map(AccountValue::key).collect(Collectors.toSet());
        assertThat(keys).containsAll(Valuation.UPDATE_KEYS).containsAll(Valuation.BY_CURRENCY_KEYS);
        for (String key : Valuation.BY_CURRENCY_KEYS) {
            assertThat(values).filteredOn(v -> v.key().equals(key)).extracting(AccountValue::currency)
                    .as(key).containsExactlyInAnyOrder("USD", "EUR", "BASE");
        }
        assertThat(values).filteredOn(v -> v.key().equals("TotalCashBalance") && v.currency().equals("EUR"))
                .singleElement().satisfies(v -> assertThat(v.value()).isEqualTo("-2253.00"));
    }

    @Test
    void positionsAndPortfolioAreRoundedAsTwsSendsThem() {
        AccountBook book = book();
        book.book("DU1", AAPL, new BigDecimal("3"), 100.00, 1.00);

        assertThat(book.positions("DU1").getFirst().averageCost()).as("100.333... to four decimals").isEqualTo(100.3333);
        PortfolioValue entry = book.portfolioValue("DU1", 265598).orElseThrow();
        assertThat(entry.averageCost()).isEqualTo(100.3333);
        assertThat(BigDecimal.valueOf(entry.marketValue()).scale()).isLessThanOrEqualTo(2);
        assertThat(BigDecimal.valueOf(entry.unrealizedPnl()).scale()).isLessThanOrEqualTo(2);
        assertThat(BigDecimal.valueOf(entry.marketPrice()).scale()).isLessThanOrEqualTo(3);
        Pnl pnl = book.pnl("DU1");
        assertThat(List.of(pnl.daily(), pnl.unrealized(), pnl.realized()))
                .allSatisfy(amount -> assertThat(BigDecimal.valueOf(amount).scale()).isLessThanOrEqualTo(2));
    }

    @Test
    void aMarginCheckComparesTheInitialMarginAfterTheTradeWithTheEquity() {
        AccountBook book = book();

        assertThat(book.marginAfter("DU1", AAPL, new BigDecimal("100"), 150).isCovered()).isTrue();
        assertThat(book.marginAfter("DU1", AAPL, new BigDecimal("100000"), 150).isCovered()).isFalse();
    }
}
