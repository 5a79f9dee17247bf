package io.tws4j.simulator.wsh;

import io.tws4j.wsh.WshEventTypes;
import io.tws4j.wsh.codec.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated WSH metadata: its event types and filters under {@code meta_data}, each with a
 * {@code tag} and a {@code display_name}. IB documents the two arrays; the element shape
 * follows what clients read from TWS (inferred beyond the tags).
 */
final class WshMetadataJson {
    static final String JSON = write();

    private WshMetadataJson() {}

    private static String write() {
        List<Map<String, Object>> types = List.of(
                tagged(WshEventTypes.EARNINGS_DATE, "Earnings Date"),
                tagged(WshEventTypes.DIVIDEND, "WSHE Dividend"),
                tagged(WshEventTypes.SPLIT, "Splits"));
        Map<String, Object> country = tagged("country", "Country");
        country.put("values", List.of("All", "United States", "Germany", "Japan"));
        List<Map<String, Object>> filters = List.of(country, tagged("watchlist", "Watchlist (conIds)"),
                tagged("limit", "Limit"), tagged("limit_region", "Limit per Region"));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("event_types", types);
        metadata.put("filters", filters);
        return Json.write(Map.of("meta_data", metadata));
    }

    private static Map<String, Object> tagged(String tag, String displayName) {
        Map<String, Object> element = new LinkedHashMap<>();
        element.put("tag", tag);
        element.put("display_name", displayName);
        return element;
    }
}
