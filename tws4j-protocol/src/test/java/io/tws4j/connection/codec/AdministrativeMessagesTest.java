package io.tws4j.connection.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.connection.ServerLogLevel;
import io.tws4j.connection.UserInfo;
import io.tws4j.connection.VerifyChallenge;
import io.tws4j.connection.VerifyCompletion;
import io.tws4j.protocol.proto.ConnectionProto;
import io.tws4j.protocol.proto.ConnectionProto.SetServerLogLevelRequest;
import io.tws4j.protocol.proto.ConnectionProto.VerifyCompleted;
import io.tws4j.protocol.proto.ConnectionProto.VerifyMessageApi;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The small administrative requests: server log level, user info and API verification. */
class AdministrativeMessagesTest {
    private static final String ALPHABET = "abcXYZ019 -_.:/+=ÄÖü✓";

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 25);
    }

    @ParameterizedTest
    @EnumSource(ServerLogLevel.class)
    void logLevelTravelsAsIbNumbersIt(ServerLogLevel level) throws Exception {
        byte[] bytes = ConnectionCodec.serverLogLevelRequest(level).toByteArray();

        SetServerLogLevelRequest decoded = SetServerLogLevelRequest.parseFrom(bytes);
        assertThat(decoded.getLogLevel()).isEqualTo(level.ordinal() + 1);
        assertThat(ConnectionCodec.serverLogLevel(decoded)).isEqualTo(level);
    }

    @Test
    void logLevelOutsideOneToFiveIsNamed() {
        SetServerLogLevelRequest nine = SetServerLogLevelRequest.newBuilder().setLogLevel(9).build();

        assertThatThrownBy(() -> ConnectionCodec.serverLogLevel(nine))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("9");
        assertThat(ServerLogLevel.of(1)).isEqualTo(ServerLogLevel.SYSTEM);
        assertThat(ServerLogLevel.DETAIL.wireValue()).isEqualTo(5);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void userInfoAndVerificationSurviveTheWire(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        String brand = text(random);
        String data = text(random);
        VerifyCompletion completion = new VerifyCompletion(random.nextBoolean(), text(random));

        ConnectionProto.UserInfo info = ConnectionProto.UserInfo.parseFrom(ConnectionCodec.userInfo(17, brand).toByteArray());
        VerifyMessageApi challenge = VerifyMessageApi.parseFrom(ConnectionCodec.verifyMessageApi(new VerifyChallenge(data)).toByteArray());
        VerifyCompleted completed = VerifyCompleted.parseFrom(ConnectionCodec.verifyCompleted(completion).toByteArray());

        assertThat(info.getReqId()).isEqualTo(17);
        assertThat(ConnectionCodec.userInfo(info)).isEqualTo(new UserInfo(brand));
        assertThat(ConnectionCodec.challenge(challenge)).isEqualTo(new VerifyChallenge(data));
        assertThat(ConnectionCodec.completion(completed)).isEqualTo(completion);
    }

    @Test
    void verificationRequestsCarryWhatTheApplicationSays() {
        ConnectionProto.VerifyRequest request = ConnectionCodec.verifyRequest("MyApp", "1.0");
        ConnectionProto.VerifyMessageRequest message = ConnectionCodec.verifyMessageRequest("signed");

        assertThat(request.getApiName()).isEqualTo("MyApp");
        assertThat(request.getApiVersion()).isEqualTo("1.0");
        assertThat(message.getApiData()).isEqualTo("signed");
    }

    @Test
    void absentFieldsReadAsARefusalAndNoBranding() {
        assertThat(ConnectionCodec.completion(VerifyCompleted.getDefaultInstance())).isEqualTo(VerifyCompletion.refused(""));
        assertThat(ConnectionCodec.userInfo(ConnectionProto.UserInfo.getDefaultInstance()).isWhiteBranded()).isFalse();
        assertThat(new UserInfo("IBKR-WL-1").isWhiteBranded()).isTrue();
    }

    private static String text(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
