package io.tws4j.simulator.market;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.contracts.MarketRule;
import io.tws4j.contracts.OptionComputation;
import io.tws4j.contracts.PriceIncrement;
import io.tws4j.marketdata.TickType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of number is rounded to its width, and comes out as the double nearest that decimal. */
class RoundingTest {
    private static final MarketRule CENTS = TestMarkets.CENT;
    private static final MarketRule EUR_USD = new MarketRule(239, List.of(new PriceIncrement(0, 0.00005)));

    @Test
    void pricesGoToTheTickAndMidpointsToHalfATick() {
        assertThat(Rounding.price(237.97999999999996, CENTS)).isEqualTo(237.98);
        assertThat(Rounding.price(239.35000000000002, CENTS)).isEqualTo(239.35);
        assertThat(Rounding.midpoint((239.34 + 239.36) / 2, CENTS)).isEqualTo(239.35);
        assertThat(Rounding.midpoint((239.34 + 239.35) / 2, CENTS)).isEqualTo(239.345);
        assertThat(Rounding.price(3.07, TestMarkets.OPTIONS)).as("five-cent ticks from 3 on").isEqualTo(3.05);
        assertThat(Rounding.midpoint(1.083125000001, EUR_USD)).isEqualTo(1.083125);
        assertThat(Rounding.price(-1, CENTS)).as("TWS's 'no price'").isEqualTo(-1);
        assertThat(Rounding.price(Double.NaN, CENTS)).isNaN();
    }

    @Test
    void averagesMoneyAndModelValuesGoToTheirDecimals() {
        assertThat(Rounding.average(100.01666666666667, CENTS)).isEqualTo(100.0167);
        assertThat(Rounding.average(1.0831234567, EUR_USD)).as("two decimals beyond a five-decimal tick").isEqualTo(1.0831235);
        assertThat(Rounding.money(-1234.5650001)).isEqualTo(-1234.57);
        assertThat(Rounding.money(0.1 + 0.2)).isEqualTo(0.3);
        assertThat(Rounding.modelValue(0.28 * 1.05)).isEqualTo(0.294);
        assertThat(Rounding.modelPrice(12.744987)).isEqualTo(12.745);
    }

    @Test
    void anOptionComputationIsRoundedFieldByField() {
        OptionComputation raw = OptionComputation.of(TickType.MODEL_OPTION, 0.28000000000000003, 0.5362345678, 4.325678901,
                0.0, 0.0345678912, 0.18345678, -0.0834567891, 231.23456789);

        OptionComputation rounded = Rounding.computation(raw, CENTS);

        assertThat(rounded.impliedVolatility()).hasValue(0.28);
        assertThat(rounded.delta()).hasValue(0.536235);
        assertThat(rounded.optionPrice()).hasValue(4.3257);
        assertThat(rounded.gamma()).hasValue(0.034568);
        assertThat(rounded.theta()).hasValue(-0.083457);
        assertThat(rounded.underlyingPrice()).as("the underlying's mid on half its tick").hasValue(231.235);
        assertThat(rounded.tickType()).isEqualTo(TickType.MODEL_OPTION);
    }
}
