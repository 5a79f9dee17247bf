package io.tws4j.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Market rules give the increment of each price level and round prices onto it. */
class MarketRuleTest {
    /** The Tokyo Stock Exchange's steps for large caps (a subset). */
    private static final MarketRule TOKYO = new MarketRule(7, List.of(new PriceIncrement(3000, 1),
            new PriceIncrement(0, 0.1), new PriceIncrement(1000, 0.5)));

    @ParameterizedTest(name = "at {0} the increment is {1}")
    @CsvSource({"0.5, 0.1", "999.9, 0.1", "1000, 0.5", "2999.5, 0.5", "3000, 1", "45000, 1"})
    void incrementIsThatOfTheHighestLowEdgeAtOrBelowThePrice(double price, double increment) {
        assertThat(TOKYO.incrementAt(price)).isEqualTo(increment);
    }

    @ParameterizedTest(name = "{0} rounds to {1}")
    @CsvSource({"2812.26, 2812.5", "2812.24, 2812.0", "999.94, 999.9", "3000.4, 3000"})
    void roundGoesToTheNearestMultiple(double price, double rounded) {
        assertThat(TOKYO.round(price)).isEqualTo(rounded);
    }

    @Test
    void incrementsAreSortedAndAnEmptyRuleIsAnError() {
        assertThat(TOKYO.increments()).extracting(PriceIncrement::lowEdge).containsExactly(0.0, 1000.0, 3000.0);
        assertThatThrownBy(() -> new MarketRule(1, List.of()).incrementAt(1)).hasMessageContaining("no price increments");
    }
}
