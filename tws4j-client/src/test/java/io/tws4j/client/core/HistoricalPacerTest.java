package io.tws4j.client.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.client.PacingRule;
import io.tws4j.client.PacingRules;
import org.junit.jupiter.api.Test;

/** TWS's historical pacing rules on a fake clock (nanoseconds from 0), without the margin. */
class HistoricalPacerTest {
    private static final long MS = 1_000_000L;
    private static final long SECOND = 1_000 * MS;

    private final HistoricalPacer pacer = new HistoricalPacer(PacingRules.Historical.tws(), 0);

    @Test
    void anIdenticalRequestWaitsFifteenSeconds() {
        HistoricalKey bars = key("AAPL 5 secs ending 10:00", "AAPL", 1);
        pacer.record(bars, 0);

        assertThat(pacer.earliest(bars, SECOND)).isEqualTo(new HistoricalPacer.Turn(15 * SECOND, PacingRule.HISTORICAL_IDENTICAL));
        assertThat(pacer.earliest(key("AAPL 5 secs ending 11:00", "AAPL", 1), SECOND).at()).isEqualTo(SECOND);
        assertThat(pacer.earliest(bars, 15 * SECOND).at()).isEqualTo(15 * SECOND);
    }

    @Test
    void fivePerContractPassThenTheSixthWaitsForTheFirstToAge() {
        for (int i = 0; i < 5; i++) {
            HistoricalKey page = key("page " + i, "AAPL", 1);
            assertThat(pacer.earliest(page, i * 100 * MS).rule()).isNull();
            pacer.record(page, i * 100 * MS);
        }

        HistoricalPacer.Turn sixth = pacer.earliest(key("page 5", "AAPL", 1), 500 * MS);
        assertThat(sixth).isEqualTo(new HistoricalPacer.Turn(2 * SECOND, PacingRule.HISTORICAL_SAME_CONTRACT));
        assertThat(pacer.earliest(key("other", "MSFT", 1), 500 * MS).at()).isEqualTo(500 * MS);
    }

    @Test
    void bidAskCountsTwice() {
        pacer.record(key("bid ask 1", "AAPL:BID_ASK", 2), 0);
        pacer.record(key("bid ask 2", "AAPL:BID_ASK", 2), 0);

        HistoricalPacer.Turn third = pacer.earliest(key("bid ask 3", "AAPL:BID_ASK", 2), MS);
        assertThat(third).isEqualTo(new HistoricalPacer.Turn(2 * SECOND, PacingRule.HISTORICAL_SAME_CONTRACT));
        assertThat(pacer.earliest(key("trades", "AAPL:TRADES", 1), MS).at()).isEqualTo(MS);
    }

    @Test
    void sixtyInTenMinutesThenTheNextWaitsForTheFirstToAge() {
        for (int i = 0; i < 60; i++) {
            pacer.record(key("request " + i, "contract " + i, 1), i * SECOND);
        }

        assertThat(pacer.earliest(key("request 60", "contract 60", 1), 60 * SECOND))
                .isEqualTo(new HistoricalPacer.Turn(600 * SECOND, PacingRule.HISTORICAL_PER_WINDOW));
        assertThat(pacer.earliest(key("request 60", "contract 60", 1), 600 * SECOND).rule()).isNull();
    }

    @Test
    void theMarginWidensEveryWindow() {
        HistoricalPacer widened = new HistoricalPacer(PacingRules.Historical.tws(), 100 * MS);
        HistoricalKey bars = key("bars", "AAPL", 1);
        widened.record(bars, 0);

        assertThat(widened.earliest(bars, 0).at()).isEqualTo(15 * SECOND + 100 * MS);
    }

    @Test
    void aCopyPlaysAQueueForwardWithoutTouchingTheOriginal() {
        HistoricalKey bars = key("bars", "AAPL", 1);
        pacer.record(bars, 0);
        HistoricalPacer played = pacer.copy();

        played.record(bars, 15 * SECOND);

        assertThat(played.earliest(bars, 15 * SECOND).at()).isEqualTo(30 * SECOND);
        assertThat(pacer.earliest(bars, 15 * SECOND).at()).isEqualTo(15 * SECOND);
    }

    private static HistoricalKey key(String identical, String contract, int weight) {
        return new HistoricalKey(identical, contract, weight);
    }
}
