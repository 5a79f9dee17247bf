package io.tws4j.simulator.scanner;

import io.tws4j.scanner.ScannerSubscription;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A subscription checked against the catalog: the scan, where it looks, how many rows, and the
 * filter every row must pass. TWS returns at most 50 rows; a subscription that sets no number
 * of rows (or a non-positive one) gets 50, one that asks for more gets 50 (inferred).
 *
 * @param scan the scan
 * @param location where it looks
 * @param rows the most rows to return
 * @param filter what every row must pass
 */
record ScanCriteria(SimulatedScan scan, ScannerCatalog.Location location, int rows, Predicate<StockSnapshot> filter) {
    static final int MAX_ROWS = 50;
    /** TWS's stock type filter values, by the stock type contract details give. */
    private static final Map<String, Set<String>> STOCK_TYPES = Map.of(
            "ALL", Set.of("COMMON", "ETF", "ADR", "REIT", "CEF"), "CORP", Set.of("COMMON"), "ADR", Set.of("ADR"),
            "ETF", Set.of("ETF"), "REIT", Set.of("REIT"), "CEF", Set.of("CEF"));

    /** Why TWS refuses a subscription: the text after its error 162 prefix. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Checks a subscription. Inferred: TWS's texts for these refusals are not documented; the
     * simulator names what is wrong after the historical data service prefix scanner errors carry.
     */
    static ScanCriteria of(ScannerSubscription subscription) throws Refused {
        SimulatedScan scan = SimulatedScan.of(subscription.scanCode().code())
                .orElseThrow(() -> new Refused("Invalid scan code " + subscription.scanCode().code()));
        ScannerCatalog.InstrumentType instrument = ScannerCatalog.instrument(subscription.instrument())
                .orElseThrow(() -> new Refused("Invalid instrument type '" + subscription.instrument() + "'"));
        String code = subscription.locationCode().isEmpty() ? instrument.rootLocation() : subscription.locationCode();
        ScannerCatalog.Location location = ScannerCatalog.location(code)
                .filter(found -> found.instrument().equals(instrument.type()))
                .orElseThrow(() -> new Refused("Invalid location code '" + code + "' for instrument " + instrument.type()));
        int rows = subscription.numberOfRows().orElse(MAX_ROWS);
        return new ScanCriteria(scan, location, rows <= 0 ? MAX_ROWS : Math.min(rows, MAX_ROWS), filter(subscription));
    }

    private static Predicate<StockSnapshot> filter(ScannerSubscription subscription) throws Refused {
        Predicate<StockSnapshot> filter = stockTypes(subscription.stockTypeFilter());
        filter = filter.and(FilterTags.fields(subscription));
        for (Map.Entry<String, String> option : subscription.filterOptions().entrySet()) {
            filter = filter.and(FilterTags.tag(option.getKey(), option.getValue()));
        }
        return filter;
    }

    private static Predicate<StockSnapshot> stockTypes(String stockTypeFilter) throws Refused {
        if (stockTypeFilter.isEmpty()) {
            return snapshot -> true;
        }
        Set<String> types = STOCK_TYPES.get(stockTypeFilter.toUpperCase(Locale.ROOT));
        if (types == null) {
            throw new Refused("Invalid stock type filter '" + stockTypeFilter + "'");
        }
        return snapshot -> types.contains(snapshot.instrument().details().stockType());
    }
}
