package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.connection.ErrorCodes;
import io.tws4j.connection.Notice;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.Fault.Malformation;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed input from the gateway is named on the notice stream; a broken stream is reconnected. */
class MalformedInputIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod();

    @ParameterizedTest(name = "{0} is skipped with notice {1}")
    @CsvSource({"NOT_PROTOBUF, 508", "UNKNOWN_MESSAGE_ID, 505", "TEXT_FOR_PROTOBUF, 508"})
    void skippableFrameIsReportedAndTheConnectionGoesOn(Malformation kind, int code) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             Subscription<Notice> notices = client.notices()) {
            gateway.get().inject(Fault.malformed(kind));

            Notice notice = NoticeRoutingIT.nextWithCode(notices, code);
            assertThat(notice.message()).startsWith("skipped a frame");
            assertThat(client.managedAccounts()).containsExactly("DU1234567");
            assertThat(client.isConnected()).isTrue();
        }
    }

    @Test
    void oversizedLengthBreaksTheStreamAndTheClientReconnects() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             Subscription<Notice> notices = client.notices()) {
            gateway.get().inject(Fault.malformed(Malformation.OVERSIZED_LENGTH));

            assertThat(NoticeRoutingIT.nextWithCode(notices, ErrorCodes.BAD_MESSAGE_LENGTH).message()).contains("exceeds");
            NoticeRoutingIT.nextWithCode(notices, ErrorCodes.CLIENT_CONNECTION_LOST);
            NoticeRoutingIT.nextWithCode(notices, ErrorCodes.CLIENT_RECONNECTED);
            assertThat(client.managedAccounts()).containsExactly("DU1234567");
        }
    }

    @Test
    void truncatedFrameIsALossAndTheClientReconnects() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             Subscription<Notice> notices = client.notices()) {
            gateway.get().inject(Fault.malformed(Malformation.TRUNCATED));

            assertThat(NoticeRoutingIT.nextWithCode(notices, ErrorCodes.BAD_MESSAGE_LENGTH).message()).contains("ended inside");
            NoticeRoutingIT.nextWithCode(notices, ErrorCodes.CLIENT_CONNECTION_LOST);
            NoticeRoutingIT.nextWithCode(notices, ErrorCodes.CLIENT_RECONNECTED);
            assertThat(client.currentTimeMillis()).isNotNull();
        }
    }
}
