package io.tws4j.simulator.wsh;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a filter JSON asks for: the conIds of its {@code watchlist} (strings or numbers), the
 * event types it sets to {@code "true"} (all when it sets none), and its {@code limit}. Other
 * members ({@code country}, {@code limit_region}) do not narrow the simulated calendar, whose
 * stocks all have events.
 *
 * @param watchlist the conIds listed
 * @param eventTypes the event types asked for; empty for all
 * @param limit the most events, if the filter limits them
 */
record WshQuery(List<Integer> watchlist, Set<String> eventTypes, OptionalInt limit) {

    static WshQuery of(Map<?, ?> filter) {
        List<Integer> watchlist = new ArrayList<>();
        if (filter.get("watchlist") instanceof List<?> listed) {
            for (Object conId : listed) {
                parseConId(conId).ifPresent(watchlist::add);
            }
        }
        Set<String> types = new TreeSet<>();
        filter.forEach((key, value) -> {
            if (key instanceof String tag && tag.startsWith("wshe_") && "true".equalsIgnoreCase(String.valueOf(value))) {
                types.add(tag);
            }
        });
        OptionalInt limit = filter.get("limit") instanceof BigDecimal number ? OptionalInt.of(number.intValue())
                : filter.get("limit") instanceof String text && text.strip().matches("\\d+") ? OptionalInt.of(Integer.parseInt(text.strip()))
                : OptionalInt.empty();
        return new WshQuery(watchlist, types, limit);
    }

    boolean wants(String eventType) {
        return eventTypes.isEmpty() || eventTypes.contains(eventType);
    }

    private static OptionalInt parseConId(Object value) {
        if (value instanceof BigDecimal number) {
            return OptionalInt.of(number.intValue());
        }
        if (value instanceof String text && text.strip().matches("\\d{1,10}")) {
            long conId = Long.parseLong(text.strip());
            return conId <= Integer.MAX_VALUE ? OptionalInt.of((int) conId) : OptionalInt.empty();
        }
        return OptionalInt.empty();
    }
}
