package io.tws4j.scanner;

import java.util.List;
import java.util.Objects;

/**
 * A scan TWS offers: its code, its display name and the instruments it can scan.
 *
 * @param code the scan code
 * @param displayName the display name, e.g. {@code Top % Gainers}
 * @param instruments the instrument types it can scan
 */
public record ScanType(ScanCode code, String displayName, List<String> instruments) {

    public ScanType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(displayName, "displayName");
        instruments = List.copyOf(instruments);
    }
}
