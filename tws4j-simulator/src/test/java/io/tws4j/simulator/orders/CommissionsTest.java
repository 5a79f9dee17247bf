package io.tws4j.simulator.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.contracts.Contract;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IBKR's fixed schedule: per share with a minimum and a maximum per order, charged fill by fill. */
class CommissionsTest {
    private static final Contract AAPL = Contract.stock("AAPL").build();

    @ParameterizedTest(name = "{0} shares at {1}: {2}")
    @CsvSource({"100, 150, 1.00", "1000, 150, 5.00", "5000, 150, 25.00", "100, 0.50, 0.50", "10000, 1, 50.00"})
    void usStocksPayHalfACentAShareWithinTheMinimumAndOnePercent(long shares, double price, double commission) {
        assertThat(Commissions.cumulative(AAPL, BigDecimal.valueOf(shares), price)).isEqualTo(commission);
    }

    @Test
    void anOrderFilledInPartsPaysTheMinimumOnceThenThePerShareRate() {
        double first = Commissions.ofFill(AAPL, new BigDecimal("100"), 150, 0);
        double second = Commissions.ofFill(AAPL, new BigDecimal("400"), 150, first);
        double third = Commissions.ofFill(AAPL, new BigDecimal("1000"), 150, first + second);

        assertThat(first).isEqualTo(1.00);
        assertThat(second).isEqualTo(1.00);
        assertThat(third).isEqualTo(3.00);
        assertThat(first + second + third).isEqualTo(Commissions.cumulative(AAPL, new BigDecimal("1000"), 150));
    }

    @Test
    void otherInstrumentsHaveTheirOwnRates() {
        Contract option = Contract.builder().symbol("AAPL").secType("OPT").multiplier(100).currency("USD").build();
        Contract future = Contract.builder().symbol("ES").secType("FUT").multiplier(50).currency("USD").build();
        Contract crypto = Contract.crypto("BTC").build();

        assertThat(Commissions.cumulative(option, new BigDecimal("3"), 2.5)).isEqualTo(1.95);
        assertThat(Commissions.cumulative(option, BigDecimal.ONE, 2.5)).isEqualTo(1.00);
        assertThat(Commissions.cumulative(future, new BigDecimal("2"), 5000)).isEqualTo(1.70);
        assertThat(Commissions.cumulative(crypto, new BigDecimal("0.1"), 60000)).isEqualTo(10.80);
    }
}
