package io.tws4j.config.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.config.ApiConfig;
import io.tws4j.config.ApiPrecautions;
import io.tws4j.config.ApiSettings;
import io.tws4j.config.ConfigUpdateRequest;
import io.tws4j.config.ConfigUpdateResult;
import io.tws4j.config.Configuration;
import io.tws4j.config.LockAndExit;
import io.tws4j.config.MessageConfig;
import io.tws4j.config.UpdateConfigWarning;
import io.tws4j.protocol.proto.ConfigProto.ConfigResponse;
import io.tws4j.protocol.proto.ConfigProto.UpdateConfigResponse;
import io.tws4j.protocol.proto.ConfigProto;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigCodecTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void configurationSurvivesTheWire(long seed) throws Exception {
        Configuration config = new RandomConfigs(new SplittableRandom(seed)).configuration();

        byte[] bytes = ConfigCodec.configResponse(1_000_000_007, config).toByteArray();
        ConfigResponse decoded = ConfigResponse.parseFrom(bytes);

        assertThat(decoded.getReqId()).isEqualTo(1_000_000_007);
        assertThat(ConfigCodec.configuration(decoded)).isEqualTo(config);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void updateSurvivesTheWire(long seed) throws Exception {
        ConfigUpdateRequest update = new RandomConfigs(new SplittableRandom(seed * 31)).update();

        byte[] bytes = ConfigCodec.updateRequest(42, update).toByteArray();
        ConfigProto.UpdateConfigRequest decoded = ConfigProto.UpdateConfigRequest.parseFrom(bytes);

        assertThat(decoded.getReqId()).isEqualTo(42);
        assertThat(ConfigCodec.update(decoded)).isEqualTo(update);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void resultSurvivesTheWire(long seed) throws Exception {
        ConfigUpdateResult result = new RandomConfigs(new SplittableRandom(seed * 97)).result();

        byte[] bytes = ConfigCodec.updateResponse(7, result).toByteArray();

        assertThat(ConfigCodec.result(UpdateConfigResponse.parseFrom(bytes))).isEqualTo(result);
    }

    @Test
    void everyApiSettingTravelsInItsOwnField() {
        ApiSettings settings = new RandomConfigs(new SplittableRandom(5)).optionals(ApiSettings.class);
        ApiSettings full = settings.toBuilder().readOnlyApi(true).socketPort(4002).loggingLevel("error")
                .allowLocalhostOnly(false).trustedIps(List.of("10.0.0.7")).build();

        ConfigProto.ApiSettingsConfig message = ConfigCodec.api(ApiConfig.of(full)).getSettings();

        assertThat(message.getReadOnlyApi()).isTrue();
        assertThat(message.getSocketPort()).isEqualTo(4002);
        assertThat(message.getLoggingLevel()).isEqualTo("error");
        assertThat(message.hasAllowLocalhostOnly()).isTrue();
        assertThat(message.getAllowLocalhostOnly()).isFalse();
        assertThat(message.getTrustedIpsList()).containsExactly("10.0.0.7");
        assertThat(ConfigCodec.api(ConfigCodec.api(ApiConfig.of(full))).settings()).isEqualTo(full);
    }

    @Test
    void emptyPartsStayOffTheWireAndReadBackAsEmpty() {
        ConfigUpdateRequest reset = ConfigUpdateRequest.builder().resetApiOrderSequence(true).build();

        ConfigProto.UpdateConfigRequest message = ConfigCodec.updateRequest(9, reset);

        assertThat(message.hasApi()).isFalse();
        assertThat(message.hasOrders()).isFalse();
        assertThat(message.hasLockAndExit()).isFalse();
        assertThat(message.getMessagesCount()).isZero();
        assertThat(message.getResetApiOrderSequence()).isTrue();
        Configuration nothing = ConfigCodec.configuration(ConfigResponse.newBuilder().setReqId(9).build());
        assertThat(nothing).isEqualTo(Configuration.EMPTY);
    }

    @Test
    void disablingAMessageWithItsWarningAcceptedEncodesLikeIbsSample() {
        ConfigUpdateRequest update = ConfigUpdateRequest.builder()
                .message(MessageConfig.of(131, false))
                .acceptWarning(UpdateConfigWarning.of(131))
                .build();

        ConfigProto.UpdateConfigRequest expected = ConfigProto.UpdateConfigRequest.newBuilder()
                .setReqId(20004)
                .addMessages(ConfigProto.MessageConfig.newBuilder().setId(131).setEnabled(false))
                .addAcceptedWarnings(ConfigProto.UpdateConfigWarning.newBuilder().setMessageId(131))
                .build();
        assertThat(ConfigCodec.updateRequest(20004, update).toByteArray()).isEqualTo(expected.toByteArray());
    }

    @Test
    void builderKeepsOneEntryPerMessageAndWarningId() {
        ConfigUpdateRequest update = ConfigUpdateRequest.builder()
                .message(MessageConfig.of(131, true))
                .message(MessageConfig.of(131, false))
                .acceptWarning(UpdateConfigWarning.of(131))
                .acceptWarning(new UpdateConfigWarning(131, "Title", "Text"))
                .apiPrecautions(ApiPrecautions.builder().bypassBondWarning(true).build())
                .build();

        assertThat(update.messages()).containsExactly(MessageConfig.of(131, false));
        assertThat(update.acceptedWarnings()).containsExactly(new UpdateConfigWarning(131, "Title", "Text"));
        assertThat(update.accepts(131)).isTrue();
        assertThat(update.accepts(520)).isFalse();
        assertThat(update.changesNothing()).isFalse();
        assertThat(ConfigUpdateRequest.builder().build().changesNothing()).isTrue();
    }

    @Test
    void resultSaysWhetherTwsAppliedTheUpdate() {
        UpdateConfigWarning warning = UpdateConfigWarning.of(131);
        ConfigUpdateResult applied = new ConfigUpdateResult("SUCCESS", "", List.of("api.settings.socketPort"), List.of(), List.of());
        ConfigUpdateResult held = new ConfigUpdateResult("WARNING", "", List.of(), List.of(), List.of(warning));
        ConfigUpdateResult refused = new ConfigUpdateResult("FAILED", "", List.of(), List.of("bad"), List.of(warning));

        assertThat(applied.isApplied()).isTrue();
        assertThat(held.isApplied()).isFalse();
        assertThat(held.needsAcceptance()).isTrue();
        assertThat(refused.isRejected()).isTrue();
        assertThat(refused.needsAcceptance()).isFalse();
    }

    @Test
    void lockAndExitSpeaksTwsTwelveHourClock() {
        LockAndExit restart = LockAndExit.autoRestartAt(LocalTime.of(23, 45));
        LockAndExit logoff = LockAndExit.autoLogoffAt(LocalTime.of(0, 5));

        assertThat(restart.autoLogoffTime()).contains("11:45");
        assertThat(restart.autoLogoffPeriod()).contains("PM");
        assertThat(restart.autoLogoffType()).contains(LockAndExit.RESTART);
        assertThat(restart.localTime()).contains(LocalTime.of(23, 45));
        assertThat(logoff.autoLogoffTime()).contains("12:05");
        assertThat(logoff.autoLogoffPeriod()).contains("AM");
        assertThat(logoff.localTime()).contains(LocalTime.of(0, 5));
        assertThat(new LockAndExit(Optional.of("25:99"), Optional.of("PM"), Optional.empty())
                .localTime()).isEmpty();
    }
}
