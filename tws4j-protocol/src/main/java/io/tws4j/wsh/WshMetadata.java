package io.tws4j.wsh;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What WSH offers: its metadata JSON as TWS sent it, and the event types and filters in it.
 * TWS expects a metadata request before event data requests, once a day.
 *
 * {@snippet :
 * WshMetadata metadata = client.wshMetadata();
 * metadata.eventTypes().forEach(type -> System.out.println(type.tag() + ": " + type.displayName()));
 * }
 *
 * @param json the JSON as sent
 * @param eventTypes the event types, in the order listed
 * @param filters the filters, in the order listed
 */
public record WshMetadata(String json, List<WshEventType> eventTypes, List<WshFilterField> filters) {

    public WshMetadata {
        Objects.requireNonNull(json, "json");
        eventTypes = List.copyOf(eventTypes);
        filters = List.copyOf(filters);
    }

    /** Returns the event type with a tag, if WSH offers it. */
    public Optional<WshEventType> eventType(String tag) {
        return eventTypes.stream().filter(type -> type.tag().equals(tag)).findFirst();
    }
}
