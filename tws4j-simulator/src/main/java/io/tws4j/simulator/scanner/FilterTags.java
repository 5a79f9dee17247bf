package io.tws4j.simulator.scanner;

import io.tws4j.scanner.ScannerSubscription;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The filters a scan applies: the subscription's price, volume and market cap fields, and the
 * filter tags of the catalog. An {@code …Above} tag keeps values at or above its number, a
 * {@code …Below} tag values at or below it; market caps in tags are in millions of US dollars,
 * as TWS's {@code marketCapAbove1e6} says.
 */
final class FilterTags {

    private FilterTags() {}

    /** The filter of the subscription's own fields; bond fields do not apply to stocks and are ignored. */
    static Predicate<StockSnapshot> fields(ScannerSubscription subscription) {
        Predicate<StockSnapshot> filter = snapshot -> true;
        if (subscription.abovePrice().isPresent()) {
            double least = subscription.abovePrice().getAsDouble();
            filter = filter.and(snapshot -> snapshot.last() >= least);
        }
        if (subscription.belowPrice().isPresent()) {
            double most = subscription.belowPrice().getAsDouble();
            filter = filter.and(snapshot -> snapshot.last() <= most);
        }
        if (subscription.aboveVolume().isPresent()) {
            long least = subscription.aboveVolume().getAsLong();
            filter = filter.and(snapshot -> snapshot.volume().longValue() >= least);
        }
        if (subscription.marketCapAbove().isPresent()) {
            double least = subscription.marketCapAbove().getAsDouble();
            filter = filter.and(snapshot -> snapshot.marketCapUsd().isPresent() && snapshot.marketCapUsd().getAsDouble() >= least);
        }
        if (subscription.marketCapBelow().isPresent()) {
            double most = subscription.marketCapBelow().getAsDouble();
            filter = filter.and(snapshot -> snapshot.marketCapUsd().isPresent() && snapshot.marketCapUsd().getAsDouble() <= most);
        }
        return filter;
    }

    /** The filter of one tag. */
    static Predicate<StockSnapshot> tag(String tag, String text) throws ScanCriteria.Refused {
        if (!ScannerCatalog.isFilterTag(tag)) {
            throw new ScanCriteria.Refused("Invalid filter tag '" + tag + "'");
        }
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new ScanCriteria.Refused("Invalid value '" + text + "' for filter " + tag);
        }
        boolean above = tag.contains("Above");
        String measure = tag.replace("Above", "").replace("Below", "");
        ToDoubleFunction<StockSnapshot> of = switch (measure) {
            case "price" -> StockSnapshot::last;
            case "volume" -> snapshot -> snapshot.volume().doubleValue();
            case "usdVolume" -> StockSnapshot::usdVolume;
            case "marketCap1e6" -> snapshot -> snapshot.marketCapUsd().orElse(Double.NaN) / 1e6;
            case "changePerc" -> StockSnapshot::changePercent;
            case "changeOpenPerc" -> StockSnapshot::changeSinceOpenPercent;
            case "openGapPerc" -> StockSnapshot::openGapPercent;
            case "tradeCount" -> StockSnapshot::tradeCount;
            default -> throw new IllegalStateException("the catalog lists a tag without a measure: " + tag);
        };
        // NaN (no market cap) fails both comparisons, as a stock without the figure fails the filter.
        return above ? snapshot -> of.applyAsDouble(snapshot) >= value : snapshot -> of.applyAsDouble(snapshot) <= value;
    }
}
