package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.protocol.wire.VersionRange;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientOptionsTest {

    @Test
    void defaultsAdvertise213To226WithNoDelayAndTimeouts() {
        ClientOptions options = ClientOptions.builder().build();

        assertThat(options.address()).isEqualTo("127.0.0.1:4002");
        assertThat(options.versions()).isEqualTo(new VersionRange(213, 226));
        assertThat(options.tcpNoDelay()).isTrue();
        assertThat(options.readOnly()).isFalse();
        assertThat(options.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.reconnect()).isEqualTo(ReconnectPolicy.fibonacci());
        assertThat(options.closeGracePeriod()).isEqualTo(Duration.ofSeconds(2));
        assertThat(options.watchdog()).isEqualTo(new Watchdog(Duration.ofSeconds(30), Duration.ofSeconds(10), true));
        assertThat(options.pacing()).isEqualTo(PacingRules.tws());
    }

    @Test
    void twsPacingIsFiftyMessagesASecondAndIbsHistoricalLimits() {
        PacingRules tws = PacingRules.tws();

        assertThat(tws.messages()).isEqualTo(50);
        assertThat(tws.messageWindow()).isEqualTo(Duration.ofSeconds(1));
        assertThat(tws.historical().identicalWindow()).isEqualTo(Duration.ofSeconds(15));
        assertThat(tws.historical().requestsPerContract()).isEqualTo(5);
        assertThat(tws.historical().contractWindow()).isEqualTo(Duration.ofSeconds(2));
        assertThat(tws.historical().requestsPerWindow()).isEqualTo(60);
        assertThat(tws.historical().window()).isEqualTo(Duration.ofMinutes(10));
        assertThat(tws.isUnlimited()).isFalse();
        assertThat(PacingRules.unlimited().isUnlimited()).isTrue();
        assertThat(PacingRule.HISTORICAL_SAME_CONTRACT.describe(tws))
                .isEqualTo("at most 5 historical requests for one contract, exchange and data series per 2 s");
        assertThat(PacingRule.MESSAGE_RATE.describe(tws)).isEqualTo("at most 50 messages per 1 s");
    }

    @Test
    void theWatchdogIsBuiltLikeTheReconnectPolicy() {
        Watchdog watchdog = Watchdog.defaults().withIdleInterval(Duration.ofSeconds(5)).withProbeTimeout(Duration.ofSeconds(2));

        assertThat(watchdog).isEqualTo(new Watchdog(Duration.ofSeconds(5), Duration.ofSeconds(2), true));
        assertThat(Watchdog.disabled().enabled()).isFalse();
        assertThatThrownBy(() -> Watchdog.defaults().withProbeTimeout(Duration.ZERO)).hasMessageContaining("positive");
    }

    @Test
    void addressParsesHostAndPort() {
        ClientOptions options = ClientOptions.builder().address("10.0.0.5:7497").clientId(9).build();

        assertThat(options.host()).isEqualTo("10.0.0.5");
        assertThat(options.port()).isEqualTo(7497);
        assertThat(options.toBuilder().clientId(10).build().clientId()).isEqualTo(10);
    }

    @Test
    void badValuesFailAtBuildTimeWithClearMessages() {
        assertThatThrownBy(() -> ClientOptions.builder().address("localhost")).hasMessageContaining("host:port");
        assertThatThrownBy(() -> ClientOptions.builder().address("h:99999")).hasMessageContaining("port");
        assertThatThrownBy(() -> ClientOptions.builder().requestTimeout(Duration.ZERO)).hasMessageContaining("positive");
        assertThatThrownBy(() -> ClientOptions.builder().versions(new VersionRange(100, 193))).hasMessageContaining("213");
        assertThatThrownBy(() -> ClientOptions.builder().streamBufferCapacity(1)).hasMessageContaining("16");
        assertThatThrownBy(() -> ClientOptions.builder().closeGracePeriod(Duration.ofSeconds(-1))).hasMessageContaining("negative");
        assertThatThrownBy(() -> PacingRules.tws().withMessageRate(0, Duration.ofSeconds(1))).hasMessageContaining("at least one");
    }
}
