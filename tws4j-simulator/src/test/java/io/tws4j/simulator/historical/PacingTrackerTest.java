package io.tws4j.simulator.historical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** TWS's historical pacing rules, one by one. */
class PacingTrackerTest {
    private static final Instant T0 = Instant.parse("2023-04-11T14:00:00Z");

    @Test
    void anIdenticalRequestWithinFifteenSecondsIsAViolation() {
        PacingTracker pacing = new PacingTracker(HistoricalLimits.tws());

        assertThat(pacing.admit("same", "aapl", 1, T0)).isTrue();
        assertThat(pacing.admit("same", "aapl", 1, T0.plusSeconds(14))).isFalse();
        assertThat(pacing.admit("same", "aapl", 1, T0.plusSeconds(15))).isTrue();
    }

    @Test
    void theSixthRequestForOneContractWithinTwoSecondsIsAViolation() {
        PacingTracker pacing = new PacingTracker(HistoricalLimits.tws());
        for (int i = 0; i < 5; i++) {
            assertThat(pacing.admit("request " + i, "aapl", 1, T0.plusMillis(300L * i))).isTrue();
        }

        assertThat(pacing.admit("request 5", "aapl", 1, T0.plusMillis(1_500))).isFalse();
        assertThat(pacing.admit("request 6", "msft", 1, T0.plusMillis(1_500))).as("another contract").isTrue();
        assertThat(pacing.admit("request 7", "aapl", 1, T0.plusMillis(2_001))).as("the first has left the window").isTrue();
    }

    @Test
    void bidAskCountsTwice() {
        PacingTracker pacing = new PacingTracker(HistoricalLimits.tws());
        for (int i = 0; i < 2; i++) {
            assertThat(pacing.admit("bid ask " + i, "aapl:BID_ASK", 2, T0.plusMillis(100L * i))).isTrue();
        }

        assertThat(pacing.admit("bid ask 2", "aapl:BID_ASK", 2, T0.plusMillis(300))).as("5 + 2 > 5 within 2 s").isFalse();
        assertThat(pacing.admit("bid ask 3", "aapl:BID_ASK", 1, T0.plusMillis(300))).isTrue();
    }

    @Test
    void theSixtyFirstRequestInTenMinutesIsAViolationAndRefusalsDoNotCount() {
        PacingTracker pacing = new PacingTracker(HistoricalLimits.tws());
        for (int i = 0; i < 60; i++) {
            assertThat(pacing.admit("request " + i, "contract " + i, 1, T0.plusSeconds(i))).isTrue();
        }

        assertThat(pacing.admit("request 60", "contract 60", 1, T0.plusSeconds(120))).isFalse();
        assertThat(pacing.admit("request 61", "contract 61", 1, T0.plusSeconds(599))).isFalse();
        assertThat(pacing.admit("request 62", "contract 62", 1, T0.plus(Duration.ofMinutes(10)))).isTrue();
    }

    @Test
    void unpacedLimitsAdmitEverything() {
        PacingTracker pacing = new PacingTracker(HistoricalLimits.unpaced());
        for (int i = 0; i < 100; i++) {
            assertThat(pacing.admit("same", "aapl", 2, T0)).isTrue();
        }
    }
}
