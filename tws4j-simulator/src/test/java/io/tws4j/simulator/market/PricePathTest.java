package io.tws4j.simulator.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A minute's seconds reach the extremes drawn for it, and what a minute's range says agrees with its seconds. */
class PricePathTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aBridgeIsStretchedOrSqueezedToItsExtremesWithItsEndsKept(long seed) {
        double[] path = PricePath.bridge(5.0, 5.001, 60, 0.0003, new SplittableRandom(seed));
        double start = path[0];
        double end = path[60];

        PricePath.reach(path, 5.004, 4.998);

        assertThat(path[0]).isEqualTo(start);
        assertThat(path[60]).isEqualTo(end);
        assertThat(Arrays.stream(path).max().orElseThrow()).isCloseTo(5.004, within(1e-12));
        assertThat(Arrays.stream(path).min().orElseThrow()).isCloseTo(4.998, within(1e-12));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 8})
    void anHoursRangesAreItsMinutesOpensClosesAndBounds(long seed) {
        PricePath path = new PricePath(seed, 42, 230, 0.3);
        long hour = 483_000;    // an hour of 2025

        HourPrices prices = path.hour(hour);

        for (int minute = 0; minute < 60; minute++) {
            long second = (hour * 60 + minute) * 60;
            assertThat(prices.open(minute)).isEqualTo(path.midAt(second, 0));
            double high = Double.NEGATIVE_INFINITY;
            double low = Double.POSITIVE_INFINITY;
            for (int s = 0; s < 60; s++) {
                for (int millis = 0; millis < 1000; millis += 250) {
                    double mid = path.midAt(second + s, millis);
                    high = Math.max(high, mid);
                    low = Math.min(low, mid);
                }
            }
            assertThat(high).as("minute %d", minute).isLessThanOrEqualTo(prices.high(minute) * (1 + 1e-12));
            assertThat(low).as("minute %d", minute).isGreaterThanOrEqualTo(prices.low(minute) * (1 - 1e-12));
        }
    }
}
