package io.tws4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.config.ApiSettings;
import io.tws4j.config.ConfigUpdateRequest;
import io.tws4j.config.ConfigUpdateResult;
import io.tws4j.config.Configuration;
import io.tws4j.config.MessageConfig;
import io.tws4j.config.UpdateConfigWarning;
import io.tws4j.config.codec.ConfigCodec;
import io.tws4j.connection.ServerLogLevel;
import io.tws4j.connection.codec.ConnectionCodec;
import io.tws4j.protocol.proto.ConfigProto.ConfigResponse;
import io.tws4j.protocol.proto.ConfigProto.UpdateConfigResponse;
import io.tws4j.protocol.proto.ConnectionProto.ErrorMessage;
import io.tws4j.protocol.proto.ConnectionProto.IdsRequest;
import io.tws4j.protocol.proto.ConnectionProto.ManagedAccountsRequest;
import io.tws4j.protocol.proto.ConnectionProto.NextValidId;
import io.tws4j.protocol.proto.ConnectionProto.SetServerLogLevelRequest;
import io.tws4j.protocol.proto.ConnectionProto.UserInfo;
import io.tws4j.protocol.proto.ConnectionProto.VerifyCompleted;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.protocol.wire.VersionRange;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Configuration and the small administrative requests, as raw frames: what any TWS API client sees. */
class AdministrativeRequestsIT {
    private SimulatedGateway gateway;

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void configurationReadReportsTheListeningPortUnderTheRequestId() throws IOException {
        gateway = SimulatedGateway.builder().build().start();
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_CONFIG, ConfigCodec.configRequest(5));

            assertThat(client.next()).isEqualTo(InMessage.CONFIG_RESPONSE);
            ConfigResponse response = client.body(ConfigResponse.parser());
            assertThat(response.getReqId()).isEqualTo(5);
            assertThat(response.getApi().getSettings().getSocketPort()).isEqualTo(gateway.port());
            assertThat(response.getApi().getSettings().hasMasterClientId()).isFalse();
            assertThat(ConfigCodec.configuration(response)).isEqualTo(gateway.configuration());
        }
    }

    @Test
    void updateWaitsForItsWarningsThenAppliesForEveryClient() throws IOException {
        gateway = SimulatedGateway.builder().build().start();
        try (RawClient first = RawClient.started(gateway.port(), 1); RawClient second = RawClient.started(gateway.port(), 2)) {
            ConfigUpdateRequest.Builder update = ConfigUpdateRequest.builder()
                    .message(MessageConfig.of(131, false))
                    .apiSettings(ApiSettings.builder().masterClientId(2).build());

            ConfigUpdateResult held = update(first, 10, update.build());
            assertThat(held.needsAcceptance()).isTrue();
            assertThat(held.warnings()).extracting(UpdateConfigWarning::messageId).containsExactly(131);
            assertThat(gateway.configuration().api().settings().masterClientId()).isEmpty();

            ConfigUpdateResult applied = update(first, 11, update.acceptWarning(held.warnings().get(0)).build());
            assertThat(applied.isApplied()).isTrue();
            assertThat(applied.changedFields()).containsExactlyInAnyOrder("api.settings.masterClientId", "messages[131].enabled");

            second.send(OutMessage.REQ_CONFIG, ConfigCodec.configRequest(3));
            assertThat(second.next()).isEqualTo(InMessage.CONFIG_RESPONSE);
            Configuration seen = ConfigCodec.configuration(second.body(ConfigResponse.parser()));
            assertThat(seen.api().settings().masterClientId()).hasValue(2);
            assertThat(seen.message(131).flatMap(MessageConfig::enabled)).contains(false);
        }
    }

    @Test
    void resetRestartsTheOrderIdSequence() throws IOException {
        gateway = SimulatedGateway.builder().build().start();
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            gateway.engine().orderIdUsed(1, 40);
            assertThat(nextValidId(client)).isEqualTo(41);

            ConfigUpdateResult result = update(client, 12, ConfigUpdateRequest.builder().resetApiOrderSequence(true).build());

            assertThat(result.changedFields()).containsExactly("resetAPIOrderSequence");
            assertThat(nextValidId(client)).isEqualTo(1);
        }
    }

    @Test
    void configRequestsAboveTheChosenVersionAreUnknownMessagesOnTheConnection() throws IOException {
        gateway = SimulatedGateway.builder().maxServerVersion(220).build().start();
        try (RawClient at218 = connect(218, 1); RawClient at220 = connect(220, 2)) {
            at218.send(OutMessage.REQ_CONFIG, ConfigCodec.configRequest(21));
            assertUnknown(at218, 108, 218);

            at220.send(OutMessage.REQ_CONFIG, ConfigCodec.configRequest(22));
            assertThat(at220.next()).isEqualTo(InMessage.CONFIG_RESPONSE);
            at220.body(ConfigResponse.parser());
            at220.send(OutMessage.UPDATE_CONFIG, ConfigCodec.updateRequest(23, ConfigUpdateRequest.builder()
                    .resetApiOrderSequence(true).build()));
            assertUnknown(at220, 109, 220);

            at218.send(OutMessage.REQ_MANAGED_ACCTS, ManagedAccountsRequest.getDefaultInstance());
            assertThat(at218.next()).isEqualTo(InMessage.MANAGED_ACCTS);
            assertThat(gateway.takeRequest(OutMessage.UPDATE_CONFIG, Duration.ofSeconds(5))).isPresent();
        }
    }

    @Test
    void userInfoLogLevelAndVerificationAnswerAsForAnIbkrLogin() throws IOException {
        gateway = SimulatedGateway.builder().whiteBrandingId("WL-ACME").build().start();
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_USER_INFO, ConnectionCodec.userInfoRequest(31));
            assertThat(client.next()).isEqualTo(InMessage.USER_INFO);
            UserInfo info = client.body(UserInfo.parser());
            assertThat(info.getReqId()).isEqualTo(31);
            assertThat(info.getWhiteBrandingId()).isEqualTo("WL-ACME");

            client.send(OutMessage.SET_SERVER_LOGLEVEL, ConnectionCodec.serverLogLevelRequest(ServerLogLevel.DETAIL));
            client.send(OutMessage.SET_SERVER_LOGLEVEL, SetServerLogLevelRequest.newBuilder().setLogLevel(9).build());
            assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
            ErrorMessage refused = client.body(ErrorMessage.parser());
            assertThat(refused.getId()).isEqualTo(-1);
            assertThat(refused.getErrorCode()).isEqualTo(321);
            assertThat(refused.getErrorMsg()).contains("9");
            assertThat(gateway.serverLogLevel()).contains(ServerLogLevel.DETAIL);

            client.send(OutMessage.VERIFY_REQUEST, ConnectionCodec.verifyRequest("MyApp", "1.0"));
            assertThat(client.next()).isEqualTo(InMessage.VERIFY_COMPLETED);
            VerifyCompleted completed = client.body(VerifyCompleted.parser());
            assertThat(completed.getIsSuccessful()).isFalse();
            assertThat(completed.getErrorText()).contains("vendor");
        }
    }

    /** Connects offering 213 up to {@code maxVersion}, starts the API and reads past the start-up messages. */
    private RawClient connect(int maxVersion, int clientId) throws IOException {
        RawClient client = new RawClient(gateway.port());
        assertThat(client.hello(new VersionRange(213, maxVersion)).serverVersion()).isEqualTo(maxVersion);
        client.startApi(clientId);
        for (int i = 0; i < 5; i++) {
            client.next();
        }
        return client;
    }

    private static ConfigUpdateResult update(RawClient client, int requestId, ConfigUpdateRequest update) throws IOException {
        client.send(OutMessage.UPDATE_CONFIG, ConfigCodec.updateRequest(requestId, update));
        assertThat(client.next()).isEqualTo(InMessage.UPDATE_CONFIG_RESPONSE);
        UpdateConfigResponse response = client.body(UpdateConfigResponse.parser());
        assertThat(response.getReqId()).isEqualTo(requestId);
        return ConfigCodec.result(response);
    }

    private static int nextValidId(RawClient client) throws IOException {
        client.send(OutMessage.REQ_IDS, IdsRequest.newBuilder().setNumIds(1).build());
        assertThat(client.next()).isEqualTo(InMessage.NEXT_VALID_ID);
        return client.body(NextValidId.parser()).getOrderId();
    }

    private static void assertUnknown(RawClient client, int messageId, int version) throws IOException {
        assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
        ErrorMessage error = client.body(ErrorMessage.parser());
        assertThat(error.getId()).isEqualTo(-1);
        assertThat(error.getErrorCode()).isEqualTo(321);
        assertThat(error.getErrorMsg()).contains("message id " + messageId).contains(String.valueOf(version));
    }
}
