package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.connection.ErrorCodes;
import io.tws4j.connection.Notice;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A gateway that stops answering is declared lost and the client reconnects; a quiet healthy one never is. */
class WatchdogIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod();

    @Test
    void aStalledGatewayIsDeclaredLostAndTheClientReconnects() {
        Watchdog watchdog = Watchdog.defaults().withIdleInterval(Duration.ofMillis(200)).withProbeTimeout(Duration.ofMillis(300));
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).watchdog(watchdog).build());
             Subscription<Notice> notices = client.notices()) {
            long start = System.nanoTime();

            gateway.get().inject(Fault.stall(Duration.ofMillis(1_500)));

            Notice lost = NoticeRoutingIT.nextWithCode(notices, ErrorCodes.CLIENT_CONNECTION_LOST);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
            assertThat(lost.message()).contains("no data from the gateway").contains("the watchdog's probe got no answer within 300 ms")
                    .endsWith("reconnecting");
            assertThat(gateway.get().takeRequest(OutMessage.REQ_CURRENT_TIME_IN_MILLIS, Duration.ZERO)).as("the probe").isPresent();
            NoticeRoutingIT.nextWithCode(notices, ErrorCodes.CLIENT_RECONNECTED);
            assertThat(client.isConnected()).isTrue();
            assertThat(client.managedAccounts()).containsExactly("DU1234567");
            assertThat(client.async().managedAccounts()).succeedsWithin(TestOptions.WAIT).isEqualTo(List.of("DU1234567"));
        }
    }

    @Test
    void aHealthyQuietConnectionIsNeverDeclaredLost() {
        Watchdog watchdog = Watchdog.defaults().withIdleInterval(Duration.ofMillis(100)).withProbeTimeout(Duration.ofSeconds(2));
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).watchdog(watchdog).build());
             Subscription<Notice> notices = client.notices()) {
            for (int probe = 0; probe < 20; probe++) {
                assertThat(gateway.get().takeRequest(OutMessage.REQ_CURRENT_TIME_IN_MILLIS, TestOptions.WAIT)).isPresent();
            }

            // the user's current-time calls share the probes' lane: each still gets an answer of its own
            List<CompletableFuture<Instant>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(client.async().currentTimeMillis());
                assertThat(client.currentTimeMillis()).isNotNull();
            }
            assertThat(answers).allSatisfy(answer -> assertThat(answer).succeedsWithin(TestOptions.WAIT).isNotNull());
            assertThat(client.isConnected()).isTrue();
            Optional<StreamItem<Notice>> notice;
            while ((notice = notices.tryNext()).isPresent()) {
                assertThat(NoticeRoutingIT.data(notice.get()).code()).isNotEqualTo(ErrorCodes.CLIENT_CONNECTION_LOST);
            }
        }
    }
}
