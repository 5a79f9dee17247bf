package io.tws4j.scanner;

import java.util.List;
import java.util.Objects;

/**
 * A place scans can cover, e.g. {@code STK.US.MAJOR} "Listed/NASDAQ". Locations form a tree
 * (US Stocks, then the major US exchanges, then each exchange); a scan of a location covers the
 * ones below it.
 *
 * @param code the code a subscription names as its location
 * @param displayName the display name
 * @param instruments the instrument types it applies to
 * @param parentCode the code of the location it belongs to, or empty for a top-level one
 */
public record ScannerLocation(String code, String displayName, List<String> instruments, String parentCode) {

    public ScannerLocation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(displayName, "displayName");
        instruments = List.copyOf(instruments);
        Objects.requireNonNull(parentCode, "parentCode");
    }
}
