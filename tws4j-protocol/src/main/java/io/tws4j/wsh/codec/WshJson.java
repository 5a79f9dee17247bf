package io.tws4j.wsh.codec;

import io.tws4j.wsh.WshEvent;
import io.tws4j.wsh.WshEventData;
import io.tws4j.wsh.WshEventType;
import io.tws4j.wsh.WshFilterField;
import io.tws4j.wsh.WshMetadata;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the typed views of WSH's JSON. Metadata holds two arrays, {@code event_types} and
 * {@code filters}, at the top or under {@code meta_data}; their elements are objects with a
 * {@code tag} and a {@code display_name}, or bare tags. Event data is an array of events (or an
 * object with one under {@code events}), each with {@code event_type}, {@code index_date}
 * ({@code yyyyMMdd}) and a {@code data} object. What does not fit is skipped, never guessed.
 */
public final class WshJson {

    private WshJson() {}

    /**
     * Reads metadata.
     *
     * @throws IllegalArgumentException if the text is not JSON
     */
    public static WshMetadata metadata(String json) {
        Object root = Json.parse(json);
        Map<?, ?> container = root instanceof Map<?, ?> map && map.get("meta_data") instanceof Map<?, ?> nested ? nested
                : root instanceof Map<?, ?> map ? map : Map.of();
        List<WshEventType> types = new ArrayList<>();
        for (Object element : list(container.get("event_types"))) {
            tagged(element).ifPresent(tag -> types.add(new WshEventType(tag[0], tag[1])));
        }
        List<WshFilterField> filters = new ArrayList<>();
        for (Object element : list(container.get("filters"))) {
            tagged(element).ifPresent(tag -> filters.add(new WshFilterField(tag[0], tag[1])));
        }
        return new WshMetadata(json, types, filters);
    }

    /**
     * Reads event data.
     *
     * @throws IllegalArgumentException if the text is not JSON
     */
    public static WshEventData eventData(String json) {
        Object root = Json.parse(json);
        List<?> elements = root instanceof Map<?, ?> map ? list(map.get("events")) : list(root);
        List<WshEvent> events = new ArrayList<>();
        for (Object element : elements) {
            if (element instanceof Map<?, ?> event && event.get("event_type") instanceof String type) {
                Map<String, Object> data = event.get("data") instanceof Map<?, ?> members ? strings(members) : Map.of();
                events.add(new WshEvent(type, date(event.get("index_date")), data, Json.write(event)));
            }
        }
        return new WshEventData(json, events);
    }

    /** A date written as {@code "20250130"}, {@code 20250130} or {@code "2025-01-30"}. */
    private static Optional<LocalDate> date(Object value) {
        return switch (value) {
            case String text -> WshEvent.parseDate(text);
            case BigDecimal number -> WshEvent.parseDate(number.toPlainString());
            case null, default -> Optional.empty();
        };
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    /** An element naming a tag: {@code {"tag": ..., "display_name": ...}} or a bare string. */
    private static Optional<String[]> tagged(Object element) {
        if (element instanceof String tag) {
            return Optional.of(new String[] {tag, tag});
        }
        if (element instanceof Map<?, ?> map && map.get("tag") instanceof String tag) {
            String name = map.get("display_name") instanceof String display ? display : tag;
            return Optional.of(new String[] {tag, name});
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> strings(Map<?, ?> members) {
        return (Map<String, Object>) members;
    }
}
