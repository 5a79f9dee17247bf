package io.tws4j.wsh.codec;

import com.fasterxml.jackson.databind.JsonNode;
import io.tws4j.wsh.WshEvent;
import io.tws4j.wsh.WshEventData;
import io.tws4j.wsh.WshEventType;
import io.tws4j.wsh.WshFilterField;
import io.tws4j.wsh.WshMetadata;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the typed views of WSH's JSON, through Jackson's tree model. Metadata holds two arrays, {@code event_types} and
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
        JsonNode root = Json.tree(json);
        JsonNode container = root.path("meta_data").isObject() ? root.path("meta_data") : root;
        List<WshEventType> types = new ArrayList<>();
        for (JsonNode element : array(container.path("event_types"))) {
            tagged(element).ifPresent(tag -> types.add(new WshEventType(tag[0], tag[1])));
        }
        List<WshFilterField> filters = new ArrayList<>();
        for (JsonNode element : array(container.path("filters"))) {
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
        JsonNode root = Json.tree(json);
        List<WshEvent> events = new ArrayList<>();
        for (JsonNode event : array(root.isObject() ? root.path("events") : root)) {
            if (event.path("event_type").isTextual()) {
                JsonNode data = event.path("data");
                Map<String, Object> members = data.isObject() ? strings((Map<?, ?>) Json.value(data)) : Map.of();
                events.add(new WshEvent(event.path("event_type").textValue(), date(event.path("index_date")), members,
                        Json.write(Json.value(event))));
            }
        }
        return new WshEventData(json, events);
    }

    /** A date written as {@code "20250130"}, {@code 20250130} or {@code "2025-01-30"}. */
    private static Optional<LocalDate> date(JsonNode value) {
        if (value.isTextual()) {
            return WshEvent.parseDate(value.textValue());
        }
        return value.isNumber() ? WshEvent.parseDate(value.decimalValue().toPlainString()) : Optional.empty();
    }

    private static Iterable<JsonNode> array(JsonNode node) {
        return node.isArray() ? node : List.of();
    }

    /** An element naming a tag: {@code {"tag": ..., "display_name": ...}} or a bare string. */
    private static Optional<String[]> tagged(JsonNode element) {
        if (element.isTextual()) {
            return Optional.of(new String[] {element.textValue(), element.textValue()});
        }
        if (element.path("tag").isTextual()) {
            String tag = element.path("tag").textValue();
            String name = element.path("display_name").isTextual() ? element.path("display_name").textValue() : tag;
            return Optional.of(new String[] {tag, name});
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> strings(Map<?, ?> members) {
        return (Map<String, Object>) members;
    }
}
