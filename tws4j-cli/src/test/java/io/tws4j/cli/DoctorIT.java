package io.tws4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tws4j.simulator.MarketDataEntitlements;
import io.tws4j.simulator.SimulatedGateway;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code tws4j doctor}: all good on the embedded gateway, and each kind of trouble named with advice and exit code 1. */
@Timeout(60)
class DoctorIT {

    @Test
    void theEmbeddedGatewayIsHealthy() {
        CliRun run = CliRun.of("doctor");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).startsWith("tws4j doctor: the embedded simulated gateway")
                .containsPattern("✓ reachable\\s+connected in \\d+ ms as client 917")
                .containsPattern("✓ server version\\s+226 \\(tws4j speaks 213 to 226\\)")
                .containsPattern("✓ managed accounts\\s+DU1234567 \\(paper\\)")
                .containsPattern("✓ data farms\\s+2104 Market data farm connection is OK")
                .containsPattern("✓ read-only API\\s+off")
                .containsPattern("· pacing\\s+at most 50 messages a second")
                .containsPattern("✓ market data\\s+AAPL realtime \\(bid \\d+")
                .endsWith("All good." + System.lineSeparator());
    }

    @Test
    void readOnlyApiAndALiveAccountNeedFixing() {
        try (SimulatedGateway gateway = SimulatedGateway.builder().readOnlyApi(true).accounts(List.of("U1234567")).build().start()) {
            CliRun run = CliRun.of("doctor", "--gateway", gateway.address());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).containsPattern("! managed accounts\\s+U1234567 \\(live: U1234567\\)")
                    .contains("→ orders placed through the API are real")
                    .containsPattern("! read-only API\\s+on: orders through the API are refused")
                    .contains("→ to trade through the API, untick 'Read-Only API'")
                    .endsWith("2 things need fixing." + System.lineSeparator());

            CliRun accepted = CliRun.of("doctor", "--gateway", gateway.address(), "--live-ok", "--read-only-ok");
            assertThat(accepted.exitCode()).as(accepted.out()).isZero();
        }
    }

    @Test
    void marketDataWithoutASubscriptionNeedsFixing() throws Exception {
        try (SimulatedGateway gateway = SimulatedGateway.builder()
                .marketData(MarketDataEntitlements.standard().withoutRealTimeData("NASDAQ")).build().start()) {
            CliRun run = CliRun.of("doctor", "--gateway", gateway.address(), "--json");

            assertThat(run.exitCode()).isEqualTo(1);
            JsonNode root = new ObjectMapper().readTree(run.out());
            assertThat(root.get("needsFixing").asInt()).isOne();
            JsonNode marketData = root.get("checks").get(6);
            assertThat(marketData.get("name").asText()).isEqualTo("market data");
            assertThat(marketData.get("status").asText()).isEqualTo("warn");
            assertThat(marketData.get("advice").asText()).contains("Market Data Subscriptions");
        }
    }

    @Test
    void aClosedPortFailsWithAdvice() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        CliRun run = CliRun.of("doctor", "--gateway", "127.0.0.1:" + port);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("tws4j doctor: 127.0.0.1:" + port)
                .containsPattern("✗ reachable\\s+could not connect to 127\\.0\\.0\\.1:" + port)
                .contains("→ check that it runs, that 'Enable ActiveX and Socket Clients' is on (API > Settings)")
                .endsWith("1 thing needs fixing." + System.lineSeparator());
    }
}
