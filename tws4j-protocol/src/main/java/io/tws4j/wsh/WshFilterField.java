package io.tws4j.wsh;

import java.util.Objects;

/**
 * A filter the WSH event query accepts, as the metadata lists it, e.g. {@code watchlist} or
 * {@code country}.
 *
 * @param tag the member name a filter JSON gives it under
 * @param displayName the display name
 */
public record WshFilterField(String tag, String displayName) {

    public WshFilterField {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(displayName, "displayName");
    }
}
