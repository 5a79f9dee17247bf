package io.tws4j.simulator.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tws4j.accounts.Position;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.contracts.InstrumentUniverse;
import io.tws4j.simulator.market.MarketModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.List;
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
    void aMarginCheckComparesTheInitialMarginAfterTheTradeWithTheEquity() {
        AccountBook book = book();

        assertThat(book.marginAfter("DU1", AAPL, new BigDecimal("100"), 150).isCovered()).isTrue();
        assertThat(book.marginAfter("DU1", AAPL, new BigDecimal("100000"), 150).isCovered()).isFalse();
    }
}
