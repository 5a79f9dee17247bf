package io.tws4j.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TWS's trading-hours text parses to sessions in the contract's zone, in the current and the older form. */
class TradingHoursTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    void currentFormWithClosedDay() {
        TradingHours hours = TradingHours.parse(
                "20250103:0400-20250103:2000;20250104:CLOSED;20250105:CLOSED;20250106:0400-20250106:2000", NEW_YORK);

        assertThat(hours.sessions()).hasSize(2);
        assertThat(hours.closedDays()).containsExactly(LocalDate.of(2025, 1, 4), LocalDate.of(2025, 1, 5));
        TradingSession friday = hours.sessions().getFirst();
        assertThat(friday.start()).isEqualTo(ZonedDateTime.of(2025, 1, 3, 4, 0, 0, 0, NEW_YORK));
        assertThat(friday.end()).isEqualTo(ZonedDateTime.of(2025, 1, 3, 20, 0, 0, 0, NEW_YORK));
        assertThat(hours.isOpen(Instant.parse("2025-01-03T14:30:00Z"))).isTrue();
        assertThat(hours.isOpen(Instant.parse("2025-01-04T14:30:00Z"))).isFalse();
        assertThat(hours.nextSession(Instant.parse("2025-01-04T00:00:00Z"))).contains(hours.sessions().get(1));
    }

    @Test
    void overnightFuturesSessionsSpanMidnight() {
        TradingHours hours = TradingHours.parse("20250105:1700-20250106:1600;20250106:1700-20250107:1600", CHICAGO);

        assertThat(hours.sessions()).extracting(session -> session.duration().toHours()).containsExactly(23L, 23L);
        assertThat(hours.isOpen(Instant.parse("2025-01-06T05:00:00Z"))).isTrue();    // 23:00 Chicago, Sunday
        assertThat(hours.isOpen(Instant.parse("2025-01-06T22:30:00Z"))).isFalse();   // 16:30 Chicago: the break
        assertThat(hours.sessionsOn(LocalDate.of(2025, 1, 6))).hasSize(1);
    }

    @Test
    void olderFormEndingAt2400EndsAtMidnight() {
        TradingHours hours = TradingHours.parse("20250106:0930-2400", NEW_YORK);

        assertThat(hours.sessions().getFirst().end()).isEqualTo(ZonedDateTime.of(2025, 1, 7, 0, 0, 0, 0, NEW_YORK));
    }

    @Test
    void olderFormWithTwoSessionsADay() {
        TradingHours hours = TradingHours.parse("20090507:0700-1830,1830-2330;20090508:CLOSED", NEW_YORK);

        assertThat(hours.sessions()).hasSize(2);
        assertThat(hours.sessions().get(1).end()).isEqualTo(ZonedDateTime.of(2009, 5, 7, 23, 30, 0, 0, NEW_YORK));
        assertThat(hours.closedDays()).containsExactly(LocalDate.of(2009, 5, 8));
    }

    @Test
    void unreadableEntriesAreSkippedAndTheTextKept() {
        String text = "garbage;20250103:0930-20250103:1600;2025:xx;20250106:0930-25xx;20250107:1600-0930x";
        TradingHours hours = TradingHours.parse(text, NEW_YORK);

        assertThat(hours.text()).isEqualTo(text);
        assertThat(hours.sessions()).hasSize(1);
        assertThat(TradingHours.parse("", NEW_YORK)).isEqualTo(TradingHours.none(NEW_YORK));
    }

    @Test
    void madeFromSessionsItWritesWhatTwsSends() {
        TradingSession morning = new TradingSession(ZonedDateTime.of(2025, 1, 6, 9, 0, 0, 0, ZoneId.of("Asia/Tokyo")),
                ZonedDateTime.of(2025, 1, 6, 11, 30, 0, 0, ZoneId.of("Asia/Tokyo")));
        TradingSession afternoon = new TradingSession(ZonedDateTime.of(2025, 1, 6, 12, 30, 0, 0, ZoneId.of("Asia/Tokyo")),
                ZonedDateTime.of(2025, 1, 6, 15, 30, 0, 0, ZoneId.of("Asia/Tokyo")));

        TradingHours hours = TradingHours.of(ZoneId.of("Asia/Tokyo"), List.of(afternoon, morning),
                List.of(LocalDate.of(2025, 1, 3)));

        assertThat(hours.text()).isEqualTo("20250103:CLOSED;20250106:0900-20250106:1130;20250106:1230-20250106:1530");
        assertThat(hours.sessions()).containsExactly(morning, afternoon);
        assertThat(TradingHours.parse(hours.text(), ZoneId.of("Asia/Tokyo"))).isEqualTo(hours);
    }
}
