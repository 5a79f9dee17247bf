package io.tws4j.client.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The message-rate rule on a fake clock (nanoseconds from 0). */
class MessageWindowTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aFullWindowFreesATokenOneWindowAfterItWasSpent() {
        MessageWindow window = new MessageWindow(3, SECOND);
        window.record(0);
        window.record(10);
        window.record(20);

        assertThat(window.nextFree(30)).isEqualTo(SECOND);
        window.record(SECOND);
        assertThat(window.nextFree(SECOND)).isEqualTo(SECOND + 10);
    }

    @Test
    void predictsWhenTheNthMessageFromNowMayGo() {
        MessageWindow window = new MessageWindow(2, SECOND);
        window.record(100);

        assertThat(window.timeOfNth(1, 200)).isEqualTo(200);               // the free token
        assertThat(window.timeOfNth(2, 200)).isEqualTo(SECOND + 100);      // the token spent at 100
        assertThat(window.timeOfNth(3, 200)).isEqualTo(SECOND + 200);      // the free token, a window later
        assertThat(window.timeOfNth(4, 200)).isEqualTo(2 * SECOND + 100);
    }

    @Test
    void unlimitedNeverWaits() {
        MessageWindow window = new MessageWindow(Integer.MAX_VALUE, SECOND);
        for (int i = 0; i < 1_000; i++) {
            window.record(0);
        }

        assertThat(window.nextFree(0)).isZero();
        assertThat(window.timeOfNth(1_000_000, 5)).isEqualTo(5);
    }

    /** Sending greedily whenever a token is free never puts more than the limit in any window, and matches the prediction. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void greedySendingNeverExceedsTheLimitInAnyWindow(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int limit = 1 + random.nextInt(60);
        MessageWindow window = new MessageWindow(limit, SECOND);
        long now = 0;
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            now += random.nextInt(4) == 0 ? random.nextLong(SECOND / 10) : 0;
            long predicted = window.timeOfNth(1, now);
            long at = window.nextFree(now);
            assertThat(at).isEqualTo(predicted);
            window.record(at);
            sent.add(at);
            now = at;
        }
        for (int i = limit; i < sent.size(); i++) {
            assertThat(sent.get(i) - sent.get(i - limit)).isGreaterThanOrEqualTo(SECOND);
        }
    }

    @Test
    void predictionsOfABurstMatchSendingIt() {
        MessageWindow window = new MessageWindow(5, SECOND);
        window.record(0);
        window.record(SECOND / 2);
        MessageWindow played = new MessageWindow(5, SECOND);
        played.record(0);
        played.record(SECOND / 2);
        long now = SECOND / 2 + 1;

        for (int n = 1; n <= 23; n++) {
            long at = played.nextFree(now);
            assertThat(window.timeOfNth(n, now)).as("message %d", n).isEqualTo(at);
            played.record(at);
        }
    }
}
