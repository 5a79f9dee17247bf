package io.tws4j.wsh;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The WSH events of a query: the JSON as TWS sent it, and the events in it.
 *
 * {@snippet :
 * WshEventData events = client.wshEventData().forContract(265598).from(LocalDate.now()).fetch();
 * events.next(WshEventTypes.EARNINGS_DATE, LocalDate.now())
 *         .ifPresent(earnings -> System.out.println("AAPL reports on " + earnings.date().orElseThrow()));
 * }
 *
 * @param json the JSON as sent
 * @param events the events, in the order sent
 */
public record WshEventData(String json, List<WshEvent> events) {

    public WshEventData {
        Objects.requireNonNull(json, "json");
        events = List.copyOf(events);
    }

    /** Returns the events of one type. */
    public List<WshEvent> ofType(String eventType) {
        return events.stream().filter(event -> event.eventType().equals(eventType)).toList();
    }

    /** Returns the earliest event of a type on or after a day. */
    public Optional<WshEvent> next(String eventType, LocalDate onOrAfter) {
        return ofType(eventType).stream()
                .filter(event -> event.date().filter(day -> !day.isBefore(onOrAfter)).isPresent())
                .min(Comparator.comparing(event -> event.date().orElseThrow()));
    }
}
