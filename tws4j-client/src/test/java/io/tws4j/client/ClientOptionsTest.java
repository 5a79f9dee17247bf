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
    }
}
