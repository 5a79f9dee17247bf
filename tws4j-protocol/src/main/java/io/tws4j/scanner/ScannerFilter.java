package io.tws4j.scanner;

import java.util.List;
import java.util.Objects;

/**
 * A filter scans accept, with the tags that set it: a range filter such as {@code PRICE} has
 * two, {@code priceAbove} and {@code priceBelow}, each given as a
 * {@link ScannerSubscription#filterOptions() filter option}.
 *
 * @param id the filter's id, as instruments list it
 * @param category the category TWS files it under, or empty
 * @param codes the tags that set it
 */
public record ScannerFilter(String id, String category, List<String> codes) {

    public ScannerFilter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        codes = List.copyOf(codes);
    }
}
