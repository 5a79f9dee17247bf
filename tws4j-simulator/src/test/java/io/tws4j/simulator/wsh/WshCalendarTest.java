package io.tws4j.simulator.wsh;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.contracts.InstrumentUniverse;
import io.tws4j.wsh.WshEventTypes;
import io.tws4j.wsh.codec.Json;
import io.tws4j.wsh.codec.WshJson;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seeded WSH calendar: quarterly earnings and dividends on weekdays, occasional splits, the same for a seed. */
class WshCalendarTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 7);
    private final InstrumentUniverse universe = InstrumentUniverse.standard(TODAY);
    private final WshCalendar calendar = new WshCalendar(7);

    @Test
    void aStockReportsEveryQuarterThreeToSixWeeksAfterItEnds() {
        List<CalendarEvent> earnings = calendar.events(stock(265598), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), TODAY)
                .stream().filter(event -> event.type().equals(WshEventTypes.EARNINGS_DATE)).toList();

        assertThat(earnings).hasSize(4);
        assertThat(earnings).extracting(event -> (Object) ((Map<?, ?>) event.json().get("data")).get("fiscal_period"))
                .containsExactly("Q4", "Q1", "Q2", "Q3");
        assertThat(earnings).allSatisfy(event -> {
            Map<?, ?> data = (Map<?, ?>) event.json().get("data");
            int quarter = Integer.parseInt(((String) data.get("fiscal_period")).substring(1));
            LocalDate quarterEnd = YearMonth.of((Integer) data.get("fiscal_year"), quarter * 3).atEndOfMonth();
            assertThat(ChronoUnit.DAYS.between(quarterEnd, event.date())).isBetween(21L, 44L);
            assertThat(event.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        });
    }

    @Test
    void onlyPayersHaveDividendsAndFundsReportNoEarnings() {
        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);

        assertThat(types(calendar.events(stock(76792991), from, to, TODAY))).doesNotContain(WshEventTypes.DIVIDEND);
        assertThat(calendar.events(stock(8894), from, to, TODAY)).filteredOn(event -> event.type().equals(WshEventTypes.DIVIDEND))
                .hasSize(4);
        assertThat(types(calendar.events(stock(756733), from, to, TODAY))).doesNotContain(WshEventTypes.EARNINGS_DATE)
                .contains(WshEventTypes.DIVIDEND);
        assertThat(calendar.events(universe.byConId(12087792).orElseThrow(), from, to, TODAY)).isEmpty();
    }

    @Test
    void splitsHappenOnceInAWhile() {
        long splits = universe.all().stream().filter(instrument -> instrument.securityType().name().equals("STOCK"))
                .flatMap(stock -> calendar.events(stock, LocalDate.of(2015, 1, 1), LocalDate.of(2025, 12, 31), TODAY).stream())
                .filter(event -> event.type().equals(WshEventTypes.SPLIT))
                .count();

        assertThat(splits).isBetween(5L, 60L);
    }

    @Test
    void eventsReadBackThroughTheClientsView() {
        List<CalendarEvent> events = calendar.events(stock(265598), TODAY, TODAY.plusMonths(6), TODAY);

        var data = WshJson.eventData(Json.write(events.stream().map(CalendarEvent::json).toList()));

        assertThat(data.events()).hasSameSizeAs(events);
        var earnings = data.next(WshEventTypes.EARNINGS_DATE, TODAY).orElseThrow();
        assertThat(earnings.conId()).hasValue(265598);
        assertThat(earnings.text("time_of_day").orElseThrow()).isIn("Before Market", "After Market");
        assertThat(earnings.text("wshe_earnings_date_status")).isPresent();
    }

    @Test
    void theSameSeedGivesTheSameCalendar() {
        LocalDate from = LocalDate.of(2020, 1, 1);
        LocalDate to = LocalDate.of(2026, 1, 1);

        assertThat(new WshCalendar(7).events(stock(265598), from, to, TODAY)).isEqualTo(calendar.events(stock(265598), from, to, TODAY));
        assertThat(new WshCalendar(8).events(stock(265598), from, to, TODAY)).isNotEqualTo(calendar.events(stock(265598), from, to, TODAY));
    }

    private Instrument stock(int conId) {
        return universe.byConId(conId).orElseThrow();
    }

    private static List<String> types(List<CalendarEvent> events) {
        return events.stream().map(CalendarEvent::type).toList();
    }
}
