package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.client.config.ConfigUpdateQuery;
import io.tws4j.config.ApiSettings;
import io.tws4j.config.ConfigUpdateResult;
import io.tws4j.config.Configuration;
import io.tws4j.config.LockAndExit;
import io.tws4j.config.MessageConfig;
import io.tws4j.config.SmartRouting;
import io.tws4j.config.UpdateConfigWarning;
import io.tws4j.protocol.proto.ConfigProto.UpdateConfigRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.RecordedRequest;
import io.tws4j.simulator.SimulatedGateway;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Reading and updating the TWS configuration through both surfaces, against the simulated gateway. */
class ConfigIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod();

    @ParameterizedTest
    @EnumSource(ConfigSurface.class)
    void readsTheConfigurationTheGatewayHolds(ConfigSurface surface) {
        try (TwsClient client = connect(gateway.get(), 1)) {
            Configuration config = surface.config(client);

            assertThat(config).isEqualTo(gateway.get().configuration());
            assertThat(config.api().settings().socketPort()).hasValue(gateway.get().port());
            assertThat(config.api().settings().readOnlyApi()).contains(false);
            assertThat(config.lockAndExit().localTime()).contains(LocalTime.of(23, 45));
            assertThat(config.message(131)).isPresent();
            RecordedRequest read = take(gateway.get(), OutMessage.REQ_CONFIG);
            assertThat(read.clientId()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(ConfigSurface.class)
    void appliesAnUpdateThatRaisesNoWarning(ConfigSurface surface) {
        try (TwsClient client = connect(gateway.get(), 2)) {
            ConfigUpdateResult result = surface.send(surface.updateConfig(client)
                    .apiSettings(ApiSettings.builder().masterClientId(0).bulkDataTimeout(60).build())
                    .smartRouting(SmartRouting.builder().seekPriceImprovement(true).build()));

            assertThat(result.isApplied()).isTrue();
            assertThat(result.changedFields()).containsExactly("api.settings.masterClientId", "api.settings.bulkDataTimeout",
                    "orders.smartRouting.seekPriceImprovement");
            assertThat(surface.config(client).api().settings().masterClientId()).hasValue(0);
            UpdateConfigRequest sent = take(gateway.get(), OutMessage.UPDATE_CONFIG).body(UpdateConfigRequest.class);
            assertThat(sent.getApi().getSettings().getBulkDataTimeout()).isEqualTo(60);
            assertThat(sent.getApi().hasPrecautions()).isFalse();
            assertThat(sent.hasLockAndExit()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(ConfigSurface.class)
    void holdsBackAnUpdateUntilItsWarningIsAcceptedAndSentAgain(ConfigSurface surface) {
        try (TwsClient client = connect(gateway.get(), 3)) {
            ConfigUpdateQuery<?> update = surface.updateConfig(client).message(131, false);

            ConfigUpdateResult held = surface.send(update);

            assertThat(held.needsAcceptance()).isTrue();
            assertThat(held.warnings()).extracting(UpdateConfigWarning::messageId).containsExactly(131);
            assertThat(gateway.get().configuration().message(131).flatMap(MessageConfig::enabled)).contains(true);

            ConfigUpdateResult applied = surface.send(update.acceptWarnings(held.warnings()));

            assertThat(applied.isApplied()).isTrue();
            assertThat(applied.changedFields()).containsExactly("messages[131].enabled");
            assertThat(gateway.get().configuration().message(131).flatMap(MessageConfig::enabled)).contains(false);
            UpdateConfigRequest first = take(gateway.get(), OutMessage.UPDATE_CONFIG).body(UpdateConfigRequest.class);
            UpdateConfigRequest second = take(gateway.get(), OutMessage.UPDATE_CONFIG).body(UpdateConfigRequest.class);
            assertThat(first.getAcceptedWarningsCount()).isZero();
            assertThat(second.getAcceptedWarnings(0).getMessageId()).isEqualTo(131);
            assertThat(second.getReqId()).isNotEqualTo(first.getReqId());
        }
    }

    @ParameterizedTest
    @EnumSource(ConfigSurface.class)
    void reportsTheErrorsTwsFindsAndAppliesNothing(ConfigSurface surface) {
        try (TwsClient client = connect(gateway.get(), 4)) {
            ConfigUpdateResult result = surface.send(surface.updateConfig(client)
                    .apiSettings(ApiSettings.builder().masterClientId(5).loggingLevel("chatty").build())
                    .lockAndExit(new LockAndExit(Optional.of("13:70"), Optional.of("PM"), Optional.of(LockAndExit.RESTART))));

            assertThat(result.isRejected()).isTrue();
            assertThat(result.isApplied()).isFalse();
            assertThat(result.errors()).hasSize(2)
                    .anySatisfy(error -> assertThat(error).startsWith("api.settings.loggingLevel"))
                    .anySatisfy(error -> assertThat(error).startsWith("lockAndExit.autoLogoffTime"));
            assertThat(result.changedFields()).isEmpty();
            assertThat(gateway.get().configuration().api().settings().masterClientId()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(ConfigSurface.class)
    void refusesAnUpdateNoTwsAcceptsBeforeSendingIt(ConfigSurface surface) {
        try (TwsClient client = connect(gateway.get(), 5)) {
            take(gateway.get(), OutMessage.START_API);

            assertThatThrownBy(() -> surface.send(surface.updateConfig(client)))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("changes nothing");
            assertThatThrownBy(() -> surface.send(surface.updateConfig(client)
                    .apiSettings(ApiSettings.builder().socketPort(70_000).build())))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("api.settings.socketPort: 70000");

            surface.config(client);
            assertThat(takeNext(gateway.get()).message()).isEqualTo(OutMessage.REQ_CONFIG);
        }
    }

    @ParameterizedTest
    @EnumSource(ConfigSurface.class)
    void readOnlyClientReadsButMayNotUpdate(ConfigSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 6).readOnly(true).build())) {
            assertThat(surface.config(client).api().settings().socketPort()).isPresent();

            assertThatThrownBy(() -> surface.send(surface.updateConfig(client).resetApiOrderSequence()))
                    .isInstanceOf(ReadOnlyViolationException.class)
                    .hasMessageContaining("updating the TWS configuration");
        }
    }

    @ParameterizedTest
    @EnumSource(ConfigSurface.class)
    void gatewayWithReadOnlyApiRefusesEveryUpdate(ConfigSurface surface) {
        try (SimulatedGateway readOnly = SimulatedGateway.builder().readOnlyApi(true).build().start();
             TwsClient client = connect(readOnly, 7)) {
            ConfigUpdateResult result = surface.send(surface.updateConfig(client).smartRouting(
                    SmartRouting.builder().doNotRouteToDarkPools(true).build()));

            assertThat(result.isRejected()).isTrue();
            assertThat(result.errors()).singleElement().asString().contains("Read-Only API");
            assertThat(surface.config(client).orders().smartRouting().doNotRouteToDarkPools()).contains(false);
        }
    }

    @ParameterizedTest
    @EnumSource(ConfigSurface.class)
    void resetStartsTheOrderIdSequenceAgain(ConfigSurface surface) {
        try (TwsClient client = connect(gateway.get(), 8)) {
            gateway.get().engine().orderIdUsed(8, 40);
            assertThat(client.nextValidOrderId()).isEqualTo(41);

            ConfigUpdateResult result = surface.send(surface.updateConfig(client).resetApiOrderSequence());

            assertThat(result.changedFields()).containsExactly("resetAPIOrderSequence");
            assertThat(client.nextValidOrderId()).isEqualTo(1);
            assertThat(take(gateway.get(), OutMessage.UPDATE_CONFIG).body(UpdateConfigRequest.class).getResetApiOrderSequence())
                    .isTrue();
        }
    }

    static TwsClient connect(SimulatedGateway gateway, int clientId) {
        return TwsClient.connect(TestOptions.against(gateway, clientId).build());
    }

    static RecordedRequest take(SimulatedGateway gateway, OutMessage type) {
        return gateway.takeRequest(type, TestOptions.WAIT).orElseThrow(() -> new AssertionError("the gateway received no " + type));
    }

    static RecordedRequest takeNext(SimulatedGateway gateway) {
        return gateway.takeRequest(TestOptions.WAIT).orElseThrow(() -> new AssertionError("the gateway received nothing"));
    }
}
