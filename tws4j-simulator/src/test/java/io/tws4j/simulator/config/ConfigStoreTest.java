package io.tws4j.simulator.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.config.ApiPrecautions;
import io.tws4j.config.ApiSettings;
import io.tws4j.config.ConfigUpdateRequest;
import io.tws4j.config.ConfigUpdateResult;
import io.tws4j.config.Configuration;
import io.tws4j.config.LockAndExit;
import io.tws4j.config.MessageConfig;
import io.tws4j.config.OrdersConfig;
import io.tws4j.config.SmartRouting;
import io.tws4j.config.UpdateConfigWarning;
import io.tws4j.simulator.SimulatedGateway;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The configuration store's rules, without a socket: what changes, what is refused, what waits for acceptance. */
class ConfigStoreTest {
    private final AtomicInteger resets = new AtomicInteger();
    private final ConfigStore store = store(SimulatedGateway.builder().port(4002));

    @Test
    void defaultsMirrorAFreshTws() {
        Configuration config = store.current();

        ApiSettings settings = config.api().settings();
        assertThat(settings.socketPort()).hasValue(4002);
        assertThat(settings.readOnlyApi()).contains(false);
        assertThat(settings.allowLocalhostOnly()).contains(true);
        assertThat(settings.trustedIps()).containsExactly("127.0.0.1");
        assertThat(settings.masterClientId()).isEmpty();
        assertThat(settings.loggingLevel()).contains("error");
        assertThat(config.api().precautions().bypassOrderPrecautions()).contains(false);
        assertThat(config.lockAndExit().localTime()).contains(LocalTime.of(23, 45));
        assertThat(config.message(131).flatMap(MessageConfig::enabled)).contains(true);
    }

    @Test
    void trustedAddressesOpenTheApiBeyondLocalhost() {
        ConfigStore open = store(SimulatedGateway.builder().port(4002).trustedAddresses(Set.of("10.0.0.9", "10.0.0.2")));

        ApiSettings settings = open.current().api().settings();
        assertThat(settings.trustedIps()).containsExactly("127.0.0.1", "10.0.0.2", "10.0.0.9");
        assertThat(settings.allowLocalhostOnly()).contains(false);
    }

    @Test
    void appliesWhatChangesAndNamesOnlyThat() {
        ConfigUpdateRequest update = ConfigUpdateRequest.builder()
                .apiSettings(ApiSettings.builder().masterClientId(7).bulkDataTimeout(30).trustedIps(List.of("10.1.1.1")).build())
                .orders(OrdersConfig.of(SmartRouting.builder().seekPriceImprovement(true).build()))
                .lockAndExit(LockAndExit.autoLogoffAt(LocalTime.of(2, 30)))
                .build();

        ConfigUpdateResult result = store.apply(update);

        assertThat(result.status()).isEqualTo(ConfigStore.SUCCESS);
        assertThat(result.changedFields()).containsExactly("lockAndExit.autoLogoffTime", "lockAndExit.autoLogoffPeriod",
                "lockAndExit.autoLogoffType", "api.settings.masterClientId", "api.settings.trustedIps",
                "orders.smartRouting.seekPriceImprovement");
        Configuration after = store.current();
        assertThat(after.api().settings().masterClientId()).hasValue(7);
        assertThat(after.api().settings().trustedIps()).containsExactly("10.1.1.1");
        assertThat(after.api().settings().socketPort()).hasValue(4002);
        assertThat(after.orders().smartRouting().seekPriceImprovement()).contains(true);
        assertThat(after.lockAndExit().localTime()).contains(LocalTime.of(2, 30));
        assertThat(after.messages()).hasSize(2);
    }

    @Test
    void valueSetWhereNoneWasIsAChangeEvenWhenItIsZero() {
        ConfigUpdateResult result = store.apply(ConfigUpdateRequest.builder()
                .apiSettings(ApiSettings.builder().masterClientId(0).build()).build());

        assertThat(result.changedFields()).containsExactly("api.settings.masterClientId");
        assertThat(store.current().api().settings().masterClientId()).hasValue(0);
    }

    @Test
    void updateOfEqualValuesChangesNothing() {
        ConfigUpdateResult result = store.apply(ConfigUpdateRequest.builder()
                .apiSettings(ApiSettings.builder().bulkDataTimeout(30).build()).build());

        assertThat(result.isApplied()).isTrue();
        assertThat(result.changedFields()).isEmpty();
        assertThat(result.message()).isEqualTo("No setting changed");
    }

    @Test
    void disablingAMessageWaitsForItsWarningToBeAccepted() {
        ConfigUpdateRequest.Builder update = ConfigUpdateRequest.builder().message(MessageConfig.of(131, false));

        ConfigUpdateResult held = store.apply(update.build());

        assertThat(held.status()).isEqualTo(ConfigStore.WARNING);
        assertThat(held.warnings()).extracting(UpdateConfigWarning::messageId).containsExactly(131);
        assertThat(held.warnings().get(0).title()).isEqualTo("Confirm Mandatory Cap Price");
        assertThat(store.current().message(131).flatMap(MessageConfig::enabled)).contains(true);

        ConfigUpdateResult applied = store.apply(update.acceptWarning(UpdateConfigWarning.of(131)).build());

        assertThat(applied.isApplied()).isTrue();
        assertThat(applied.changedFields()).containsExactly("messages[131].enabled");
        assertThat(store.current().message(131).flatMap(MessageConfig::enabled)).contains(false);
        assertThat(store.current().message(131).flatMap(MessageConfig::title)).contains("Confirm Mandatory Cap Price");
    }

    @Test
    void bypassingOrderPrecautionsWaitsForItsWarningButOtherPrecautionsDoNot() {
        ConfigUpdateResult quiet = store.apply(ConfigUpdateRequest.builder()
                .apiPrecautions(ApiPrecautions.builder().bypassBondWarning(true).build()).build());
        ConfigUpdateResult held = store.apply(ConfigUpdateRequest.builder()
                .apiPrecautions(ApiPrecautions.builder().bypassOrderPrecautions(true).build()).build());

        assertThat(quiet.changedFields()).containsExactly("api.precautions.bypassBondWarning");
        assertThat(held.warnings()).extracting(UpdateConfigWarning::messageId)
                .containsExactly(ConfigWarnings.BYPASS_ORDER_PRECAUTIONS);
    }

    @Test
    void errorsRefuseTheWholeUpdate() {
        ConfigUpdateResult result = store.apply(ConfigUpdateRequest.builder()
                .apiSettings(ApiSettings.builder().masterClientId(3).loggingLevel("chatty").trustedIps(List.of("example.com"))
                        .readOnlyApi(true).build())
                .lockAndExit(new LockAndExit(Optional.of("13:00"), Optional.of("XM"), Optional.of("nap")))
                .message(MessageConfig.of(999, false))
                .build());

        assertThat(result.status()).isEqualTo(ConfigStore.FAILED);
        assertThat(result.errors()).hasSize(7).anySatisfy(error -> assertThat(error).startsWith("api.settings.readOnlyApi"))
                .anySatisfy(error -> assertThat(error).startsWith("api.settings.loggingLevel"))
                .anySatisfy(error -> assertThat(error).startsWith("api.settings.trustedIps"))
                .anySatisfy(error -> assertThat(error).startsWith("lockAndExit.autoLogoffTime"))
                .anySatisfy(error -> assertThat(error).startsWith("messages[999]"));
        assertThat(store.current().api().settings().masterClientId()).isEmpty();
    }

    @Test
    void readOnlyApiRefusesEveryUpdateAndTheReset() {
        ConfigStore readOnly = store(SimulatedGateway.builder().readOnlyApi(true));

        ConfigUpdateResult result = readOnly.apply(ConfigUpdateRequest.builder().resetApiOrderSequence(true).build());

        assertThat(result.errors()).containsExactly(ConfigValidation.READ_ONLY);
        assertThat(resets).hasValue(0);
    }

    @Test
    void resetRestartsTheOrderSequenceAndSaysSo() {
        ConfigUpdateResult result = store.apply(ConfigUpdateRequest.builder().resetApiOrderSequence(true).build());

        assertThat(result.changedFields()).containsExactly(ConfigStore.RESET_ORDER_SEQUENCE);
        assertThat(resets).hasValue(1);
    }

    private ConfigStore store(SimulatedGateway.Builder builder) {
        SimulatedGateway gateway = builder.build();
        return new ConfigStore(() -> ConfigDefaults.of(gateway.options(), gateway.options().port()), resets::incrementAndGet);
    }
}
