package io.tws4j.simulator.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tws4j.contracts.OptionRight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Black-Scholes values against a textbook case, parity, and implied volatility round trips. */
class BlackScholesTest {

    @Test
    void textbookCall() {
        // Hull's example: S 42, K 40, r 10 %, sigma 20 %, 6 months: call 4.76, put 0.81.
        assertThat(BlackScholes.values(OptionRight.CALL, 42, 40, 0.5, 0.1, 0, 0.2).price()).isCloseTo(4.76, within(0.005));
        assertThat(BlackScholes.values(OptionRight.PUT, 42, 40, 0.5, 0.1, 0, 0.2).price()).isCloseTo(0.81, within(0.005));
    }

    @ParameterizedTest(name = "strike {0}, vol {1}")
    @CsvSource({"150, 0.2", "200, 0.35", "250, 0.6", "190, 0.05"})
    void impliedVolatilityRecoversTheVolatility(double strike, double volatility) {
        for (OptionRight right : new OptionRight[] {OptionRight.CALL, OptionRight.PUT}) {
            double price = BlackScholes.values(right, 200, strike, 0.25, 0.045, 0.01, volatility).price();

            assertThat(BlackScholes.impliedVolatility(right, price, 200, strike, 0.25, 0.045, 0.01))
                    .isCloseTo(volatility, within(1e-4));
        }
    }

    @Test
    void impossiblePricesHaveNoImpliedVolatility() {
        assertThat(BlackScholes.impliedVolatility(OptionRight.CALL, 0.5, 200, 150, 0.25, 0.045, 0)).isNaN();
        assertThat(BlackScholes.impliedVolatility(OptionRight.CALL, 250, 200, 150, 0.25, 0.045, 0)).isNaN();
    }

    @Test
    void expiredOptionsAreWorthTheirIntrinsicValue() {
        assertThat(BlackScholes.values(OptionRight.CALL, 210, 200, 0, 0.045, 0, 0.3).price()).isEqualTo(10.0);
        assertThat(BlackScholes.values(OptionRight.PUT, 210, 200, 0, 0.045, 0, 0.3).delta()).isZero();
    }
}
