package io.tws4j.client;

import static io.tws4j.client.ConfigIT.connect;
import static io.tws4j.client.ConfigIT.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tws4j.connection.ServerLogLevel;
import io.tws4j.connection.UserInfo;
import io.tws4j.protocol.proto.ConnectionProto.SetServerLogLevelRequest;
import io.tws4j.protocol.proto.ConnectionProto.UserInfoRequest;
import io.tws4j.protocol.proto.ConnectionProto.VerifyMessageRequest;
import io.tws4j.protocol.proto.ConnectionProto.VerifyRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.SimulatedGateway;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** User info, the server log level and API verification through both surfaces. */
class AdministrativeRequestsIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod();

    @ParameterizedTest
    @EnumSource(ConfigSurface.class)
    void userInfoOfAnIbkrLoginHasNoWhiteBranding(ConfigSurface surface) {
        try (TwsClient client = connect(gateway.get(), 1)) {
            UserInfo info = surface.userInfo(client);

            assertThat(info.whiteBrandingId()).isEmpty();
            assertThat(info.isWhiteBranded()).isFalse();
            assertThat(take(gateway.get(), OutMessage.REQ_USER_INFO).body(UserInfoRequest.class).getReqId())
                    .isGreaterThanOrEqualTo(1_000_000_000);
        }
    }

    @ParameterizedTest
    @EnumSource(ConfigSurface.class)
    void userInfoReportsTheWhiteBrandingOfTheLogin(ConfigSurface surface) {
        try (SimulatedGateway branded = SimulatedGateway.builder().whiteBrandingId("WL-ACME").build().start();
             TwsClient client = connect(branded, 2)) {
            assertThat(surface.userInfo(client)).isEqualTo(new UserInfo("WL-ACME"));
        }
    }

    @ParameterizedTest
    @EnumSource(ConfigSurface.class)
    void serverLogLevelReachesTheGateway(ConfigSurface surface) {
        try (TwsClient client = connect(gateway.get(), 3)) {
            surface.setServerLogLevel(client, ServerLogLevel.DETAIL);

            SetServerLogLevelRequest sent = take(gateway.get(), OutMessage.SET_SERVER_LOGLEVEL).body(SetServerLogLevelRequest.class);
            assertThat(sent.getLogLevel()).isEqualTo(5);
            await().atMost(TestOptions.WAIT).until(() -> gateway.get().serverLogLevel().isPresent());
            assertThat(gateway.get().serverLogLevel()).contains(ServerLogLevel.DETAIL);
        }
    }

    @ParameterizedTest
    @EnumSource(ConfigSurface.class)
    void verificationOfAClientThatIsNoVendorApplicationIsRefused(ConfigSurface surface) {
        try (TwsClient client = connect(gateway.get(), 4)) {
            assertThatThrownBy(() -> surface.verifyRequest(client, "MyApp", "1.0"))
                    .isInstanceOfSatisfying(VerificationFailedException.class,
                            e -> assertThat(e.errorText()).contains("vendor application"));
            assertThatThrownBy(() -> surface.verifyMessage(client, "signed-data"))
                    .isInstanceOfSatisfying(VerificationFailedException.class,
                            e -> assertThat(e.errorText()).contains("No API verification is in progress"));

            VerifyRequest request = take(gateway.get(), OutMessage.VERIFY_REQUEST).body(VerifyRequest.class);
            assertThat(request.getApiName()).isEqualTo("MyApp");
            assertThat(request.getApiVersion()).isEqualTo("1.0");
            assertThat(take(gateway.get(), OutMessage.VERIFY_MESSAGE).body(VerifyMessageRequest.class).getApiData())
                    .isEqualTo("signed-data");
        }
    }

    @Test
    void concurrentVerificationsEachGetTheirOwnAnswer() {
        try (TwsClient client = connect(gateway.get(), 5)) {
            CompletableFuture<?> request = client.async().verifyRequest("MyApp", "1.0");
            CompletableFuture<?> message = client.async().verifyMessage("signed-data");

            assertThat(request).failsWithin(TestOptions.WAIT).withThrowableThat()
                    .havingCause().isInstanceOf(VerificationFailedException.class).withMessageContaining("vendor");
            assertThat(message).failsWithin(TestOptions.WAIT).withThrowableThat()
                    .havingCause().isInstanceOf(VerificationFailedException.class).withMessageContaining("in progress");
            assertThat(request.exceptionNow()).isInstanceOf(VerificationFailedException.class);
        }
    }
}
