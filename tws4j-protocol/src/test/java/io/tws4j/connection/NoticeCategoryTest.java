package io.tws4j.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.connection.codec.ConnectionCodec;
import io.tws4j.protocol.proto.ConnectionProto.ErrorMessage;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Notices are classified with the precedence of PROTOCOL.md section 5.3. */
class NoticeCategoryTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "202, CANCELLATION", "2100, WARNING", "2104, WARNING", "2158, WARNING", "2169, WARNING",
            "1100, CONNECTIVITY", "1101, CONNECTIVITY", "1102, CONNECTIVITY", "1300, CONNECTIVITY",
            "-1100, CONNECTIVITY", "-1101, CONNECTIVITY", "-1102, CONNECTIVITY",
            "200, ORDER_REJECTION", "201, ORDER_REJECTION", "321, ORDER_REJECTION", "399, ORDER_REJECTION",
            "10089, DATA_ADVISORY", "10090, DATA_ADVISORY", "10091, DATA_ADVISORY", "10167, DATA_ADVISORY",
            "2188, DATA_ADVISORY", "2174, WARNING", "2176, WARNING",
            "317, WARNING", "309, ORDER_REJECTION", "10190, ERROR", "101, ERROR",
            "100, ERROR", "162, ERROR", "400, ERROR", "502, ERROR", "2170, ERROR", "10197, ERROR"})
    void classifiesCodes(int code, NoticeCategory expected) {
        assertThat(NoticeCategory.of(code)).isEqualTo(expected);
    }

    @Test
    void onlyRejectionsAndErrorsEndARequest() {
        assertThat(NoticeCategory.ERROR.endsRequest()).isTrue();
        assertThat(NoticeCategory.ORDER_REJECTION.endsRequest()).isTrue();
        assertThat(NoticeCategory.WARNING.endsRequest()).isFalse();
        assertThat(NoticeCategory.DATA_ADVISORY.endsRequest()).isFalse();
        assertThat(NoticeCategory.CANCELLATION.endsRequest()).isFalse();
        assertThat(NoticeCategory.CONNECTIVITY.endsRequest()).isFalse();
    }

    @ParameterizedTest(name = "{0} reports {1}")
    @CsvSource({"2104, OK", "2106, OK", "2158, OK", "2103, BROKEN", "2105, BROKEN", "2157, BROKEN",
            "2107, INACTIVE", "2108, INACTIVE", "2119, CONNECTING"})
    void farmStatusCodes(int code, FarmStatus status) {
        assertThat(FarmStatus.of(code)).contains(status);
    }

    @Test
    void otherWarningsAreNotFarmStatus() {
        assertThat(FarmStatus.of(2100)).isEmpty();
        assertThat(FarmStatus.of(1100)).isEmpty();
    }

    @Test
    void decodedNoticeCarriesEverythingTheGatewaySent() {
        ErrorMessage message = ErrorMessage.newBuilder().setId(42).setErrorTime(1_700_000_000_123L).setErrorCode(201)
                .setErrorMsg("Order rejected - reason: margin").setAdvancedOrderRejectJson("{\"reason\":\"margin\"}").build();

        Notice notice = ConnectionCodec.notice(message, Instant.EPOCH);

        assertThat(notice.requestId()).isEqualTo(42);
        assertThat(notice.time()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_123L));
        assertThat(notice.category()).isEqualTo(NoticeCategory.ORDER_REJECTION);
        assertThat(notice.advancedOrderReject()).contains("{\"reason\":\"margin\"}");
        assertThat(notice.isGlobal()).isFalse();
        assertThat(ConnectionCodec.errorMessage(notice)).isEqualTo(message);
    }

    @Test
    void absentIdMeansTheConnectionAndAbsentTimeMeansReceipt() {
        Instant received = Instant.parse("2026-11-21T10:00:00Z");

        Notice notice = ConnectionCodec.notice(ErrorMessage.newBuilder().setErrorCode(2104).setErrorMsg("ok").build(), received);

        assertThat(notice.isGlobal()).isTrue();
        assertThat(notice.time()).isEqualTo(received);
        assertThat(notice.advancedOrderReject()).isEmpty();
    }
}
