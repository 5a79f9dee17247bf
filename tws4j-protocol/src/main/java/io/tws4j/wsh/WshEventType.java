package io.tws4j.wsh;

import java.util.Objects;

/**
 * An event type WSH offers, as its metadata lists it.
 *
 * @param tag the tag events and filters name it by, e.g. {@code wshe_ed}
 * @param displayName the display name, e.g. {@code Earnings Date}
 */
public record WshEventType(String tag, String displayName) {

    public WshEventType {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(displayName, "displayName");
    }
}
