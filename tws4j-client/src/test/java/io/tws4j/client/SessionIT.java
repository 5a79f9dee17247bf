package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.connection.FarmStatus;
import io.tws4j.connection.Notice;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.RecordedRequest;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SessionIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod();

    @Test
    void connectsAndAnswersTheSessionRequests() {
        try (TwsClient client = TwsClient.connect(gateway.get().address(), 100)) {
            assertThat(client.serverVersion()).isEqualTo(226);
            assertThat(client.connectionInfo().managedAccounts()).containsExactly("DU1234567");
            assertThat(client.connectionInfo().nextValidOrderId()).isEqualTo(1);
            Instant before = Instant.now().minusSeconds(2);
            assertThat(client.currentTime()).isAfter(before).isBefore(Instant.now().plusSeconds(2));
            assertThat(client.currentTimeMillis()).isAfter(before);
            assertThat(client.managedAccounts()).containsExactly("DU1234567");
            assertThat(client.nextValidOrderId()).isEqualTo(1);
            assertThat(client.queryDisplayGroups()).containsExactly(1, 2, 3, 4, 5, 6, 7);
            RecordedRequest start = gateway.get().takeRequest(OutMessage.START_API, Duration.ofSeconds(5)).orElseThrow();
            assertThat(start.clientId()).isEqualTo(100);
        }
    }

    @Test
    void handshakeNoticesArriveOnTheNoticeStream() {
        ClientOptions options = ClientOptions.builder().address(gateway.get().address()).clientId(7).build();
        try (ClientWithNotices connected = TwsClient.connectWithNoticeStream(options)) {
            List<Notice> notices = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                notices.add(((StreamItem.Data<Notice>) connected.notices().next(Duration.ofSeconds(5)).orElseThrow()).value());
            }
            assertThat(notices).extracting(Notice::code).containsExactly(2104, 2106, 2158);
            assertThat(notices).allSatisfy(notice -> {
                assertThat(notice.isGlobal()).isTrue();
                assertThat(notice.farmStatus()).contains(FarmStatus.OK);
            });
        }
    }

    @Test
    void asyncSurfaceAnswersTheSameRequests() throws Exception {
        AsyncTwsClient client = AsyncTwsClient.connect(gateway.get().address(), 101).get();
        try {
            assertThat(client.managedAccounts().get()).containsExactly("DU1234567");
            assertThat(client.queryDisplayGroups().get()).hasSize(7);
            assertThat(client.currentTimeMillis().get()).isAfter(Instant.now().minusSeconds(5));
        } finally {
            client.close();
        }
    }
}
