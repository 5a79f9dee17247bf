package io.tws4j.wsh;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One WSH event: its type, its date, and its data as the JSON gave them. The data's values are
 * strings, {@link BigDecimal}s, booleans, lists and maps, as JSON has them; {@link #text} and
 * {@link #date(String)} read the common fields.
 *
 * {@snippet :
 * if (event.eventType().equals(WshEventTypes.EARNINGS_DATE)) {
 *     System.out.println(event.date() + " " + event.text("time_of_day").orElse(""));
 * }
 * }
 *
 * @param eventType the event type's tag, e.g. {@code wshe_ed}
 * @param date the event's date ({@code index_date}), if it had a readable one
 * @param data the event's data members
 * @param json the event as JSON
 */
public record WshEvent(String eventType, Optional<LocalDate> date, Map<String, Object> data, String json) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public WshEvent {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(date, "date");
        data = Map.copyOf(data);
        Objects.requireNonNull(json, "json");
    }

    /** Returns a data member as text (numbers and booleans as written), if present and not a list or object. */
    public Optional<String> text(String member) {
        return switch (data.get(member)) {
            case String text -> Optional.of(text);
            case BigDecimal number -> Optional.of(number.toPlainString());
            case Boolean flag -> Optional.of(flag.toString());
            case null, default -> Optional.empty();
        };
    }

    /** Returns a data member as a date, if it is one in {@code yyyyMMdd} or {@code yyyy-MM-dd} form. */
    public Optional<LocalDate> date(String member) {
        return text(member).flatMap(WshEvent::parseDate);
    }

    /** Returns the conId of the company the event is about, if the data names it. */
    public OptionalInt conId() {
        if (data.get("company") instanceof Map<?, ?> company && company.get("conid") instanceof BigDecimal conId) {
            return OptionalInt.of(conId.intValue());
        }
        return OptionalInt.empty();
    }

    /** Reads a date in {@code yyyyMMdd} or {@code yyyy-MM-dd} form. */
    public static Optional<LocalDate> parseDate(String text) {
        try {
            String value = text.strip();
            return Optional.of(value.contains("-") ? LocalDate.parse(value) : LocalDate.parse(value, DAY));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
