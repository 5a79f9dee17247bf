package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReconnectPolicyTest {

    @Test
    void defaultBacksOffInFibonacciSecondsCappedAt30For20Attempts() {
        ReconnectPolicy policy = ReconnectPolicy.fibonacci();

        assertThat(IntStream.rangeClosed(1, 10).mapToObj(policy::delayBefore).map(Duration::toSeconds))
                .containsExactly(1L, 2L, 3L, 5L, 8L, 13L, 21L, 30L, 30L, 30L);
        assertThat(policy.allowsAttempt(20)).isTrue();
        assertThat(policy.allowsAttempt(21)).isFalse();
        assertThat(policy.delayBefore(1_000)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void foreverNeverGivesUpAndDisabledNeverStarts() {
        assertThat(ReconnectPolicy.fibonacci().withForever().allowsAttempt(1_000_000)).isTrue();
        assertThat(ReconnectPolicy.disabled().allowsAttempt(1)).isFalse();
        assertThat(ReconnectPolicy.fibonacci().withMaxAttempts(3).allowsAttempt(3)).isTrue();
    }
}
