package io.tws4j.scanner;

import java.util.List;
import java.util.Objects;

/**
 * An instrument type scans can cover, e.g. {@code STK} "US Stocks".
 *
 * @param type the code a subscription names as its instrument
 * @param name the display name
 * @param filters the ids of the filters that apply to it (see {@link ScannerFilter#id()})
 */
public record ScannerInstrument(String type, String name, List<String> filters) {

    public ScannerInstrument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        filters = List.copyOf(filters);
    }
}
