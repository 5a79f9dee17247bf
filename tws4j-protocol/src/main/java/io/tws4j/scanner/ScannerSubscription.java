package io.tws4j.scanner;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What a scan looks for: the scan code, the instrument and location to scan, and the filters.
 * The classic filters are fields; TWS's other filters travel as tag-value pairs
 * ({@link #filterOptions()}, e.g. {@code changePercAbove=2}), named as
 * {@link ScannerParameters#filters()} lists them. Unset values stay off the wire.
 *
 * {@snippet :
 * ScannerSubscription gainers = ScannerSubscription.builder(ScanCode.TOP_PERC_GAIN)
 *         .instrument("STK").locationCode("STK.US.MAJOR").numberOfRows(10).abovePrice(5)
 *         .filterOption("marketCapAbove1e6", "1000")
 *         .build();
 * }
 *
 * @param scanCode what the scan ranks by
 * @param instrument the instrument type to scan, e.g. {@code STK}
 * @param locationCode where to scan, e.g. {@code STK.US.MAJOR}
 * @param numberOfRows how many rows to return (TWS returns at most 50), if set
 * @param abovePrice the least price, if set
 * @param belowPrice the greatest price, if set
 * @param aboveVolume the least volume, if set
 * @param marketCapAbove the least market capitalisation, if set
 * @param marketCapBelow the greatest market capitalisation, if set
 * @param moodyRatingAbove the least Moody's rating (bonds), or empty
 * @param moodyRatingBelow the greatest Moody's rating (bonds), or empty
 * @param spRatingAbove the least S&amp;P rating (bonds), or empty
 * @param spRatingBelow the greatest S&amp;P rating (bonds), or empty
 * @param maturityDateAbove the earliest maturity (bonds), {@code yyyyMMdd}, or empty
 * @param maturityDateBelow the latest maturity (bonds), {@code yyyyMMdd}, or empty
 * @param couponRateAbove the least coupon rate (bonds), if set
 * @param couponRateBelow the greatest coupon rate (bonds), if set
 * @param excludeConvertible whether convertible bonds are left out
 * @param averageOptionVolumeAbove the least average option volume, if set
 * @param scannerSettingPairs TWS's scanner setting pairs, e.g. {@code Annual,true}, or empty
 * @param stockTypeFilter the stock types to scan: {@code ALL}, {@code CORP}, {@code ADR}, {@code ETF}, {@code REIT}, {@code CEF}; or empty
 * @param filterOptions the filters given as tags, in the order added
 * @param options TWS's reserved scanner options, in the order added
 */
public record ScannerSubscription(ScanCode scanCode, String instrument, String locationCode, OptionalInt numberOfRows,
                                  OptionalDouble abovePrice, OptionalDouble belowPrice, OptionalLong aboveVolume,
                                  OptionalDouble marketCapAbove, OptionalDouble marketCapBelow,
                                  String moodyRatingAbove, String moodyRatingBelow, String spRatingAbove,
                                  String spRatingBelow, String maturityDateAbove, String maturityDateBelow,
                                  OptionalDouble couponRateAbove, OptionalDouble couponRateBelow,
                                  boolean excludeConvertible, OptionalLong averageOptionVolumeAbove,
                                  String scannerSettingPairs, String stockTypeFilter,
                                  Map<String, String> filterOptions, Map<String, String> options) {

    public ScannerSubscription {
        Objects.requireNonNull(scanCode, "scanCode");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(locationCode, "locationCode");
        filterOptions = Collections.unmodifiableMap(new LinkedHashMap<>(filterOptions));
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** Starts a subscription of a scan code; everything else unset. */
    public static Builder builder(ScanCode scanCode) {
        return new Builder(scanCode);
    }

    /** Returns a builder holding this subscription's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link ScannerSubscription}; a later value replaces an earlier one. */
    public static final class Builder {
        private ScanCode scanCode;
        private String instrument = "";
        private String locationCode = "";
        private OptionalInt numberOfRows = OptionalInt.empty();
        private OptionalDouble abovePrice = OptionalDouble.empty();
        private OptionalDouble belowPrice = OptionalDouble.empty();
        private OptionalLong aboveVolume = OptionalLong.empty();
        private OptionalDouble marketCapAbove = OptionalDouble.empty();
        private OptionalDouble marketCapBelow = OptionalDouble.empty();
        private String moodyRatingAbove = "";
        private String moodyRatingBelow = "";
        private String spRatingAbove = "";
        private String spRatingBelow = "";
        private String maturityDateAbove = "";
        private String maturityDateBelow = "";
        private OptionalDouble couponRateAbove = OptionalDouble.empty();
        private OptionalDouble couponRateBelow = OptionalDouble.empty();
        private boolean excludeConvertible;
        private OptionalLong averageOptionVolumeAbove = OptionalLong.empty();
        private String scannerSettingPairs = "";
        private String stockTypeFilter = "";
        private final Map<String, String> filterOptions = new LinkedHashMap<>();
        private final Map<String, String> options = new LinkedHashMap<>();

        private Builder(ScanCode scanCode) {
            this.scanCode = Objects.requireNonNull(scanCode, "scanCode");
        }

        private Builder(ScannerSubscription from) {
            this(from.scanCode);
            instrument = from.instrument;
            locationCode = from.locationCode;
            numberOfRows = from.numberOfRows;
            abovePrice = from.abovePrice;
            belowPrice = from.belowPrice;
            aboveVolume = from.aboveVolume;
            marketCapAbove = from.marketCapAbove;
            marketCapBelow = from.marketCapBelow;
            moodyRatingAbove = from.moodyRatingAbove;
            moodyRatingBelow = from.moodyRatingBelow;
            spRatingAbove = from.spRatingAbove;
            spRatingBelow = from.spRatingBelow;
            maturityDateAbove = from.maturityDateAbove;
            maturityDateBelow = from.maturityDateBelow;
            couponRateAbove = from.couponRateAbove;
            couponRateBelow = from.couponRateBelow;
            excludeConvertible = from.excludeConvertible;
            averageOptionVolumeAbove = from.averageOptionVolumeAbove;
            scannerSettingPairs = from.scannerSettingPairs;
            stockTypeFilter = from.stockTypeFilter;
            filterOptions.putAll(from.filterOptions);
            options.putAll(from.options);
        }

        /** Sets what the scan ranks by. */
        public Builder scanCode(ScanCode scanCode) {
            this.scanCode = Objects.requireNonNull(scanCode, "scanCode");
            return this;
        }

        /** Sets the instrument type to scan, e.g. {@code STK}. */
        public Builder instrument(String instrument) {
            this.instrument = Objects.requireNonNull(instrument, "instrument").strip();
            return this;
        }

        /** Sets where to scan, e.g. {@code STK.US.MAJOR}. */
        public Builder locationCode(String locationCode) {
            this.locationCode = Objects.requireNonNull(locationCode, "locationCode").strip();
            return this;
        }

        /** Sets how many rows to return. */
        public Builder numberOfRows(int rows) {
            this.numberOfRows = OptionalInt.of(rows);
            return this;
        }

        /** Sets the least price. */
        public Builder abovePrice(double price) {
            this.abovePrice = OptionalDouble.of(price);
            return this;
        }

        /** Sets the greatest price. */
        public Builder belowPrice(double price) {
            this.belowPrice = OptionalDouble.of(price);
            return this;
        }

        /** Sets the least volume. */
        public Builder aboveVolume(long volume) {
            this.aboveVolume = OptionalLong.of(volume);
            return this;
        }

        /** Sets the least market capitalisation. */
        public Builder marketCapAbove(double marketCap) {
            this.marketCapAbove = OptionalDouble.of(marketCap);
            return this;
        }

        /** Sets the greatest market capitalisation. */
        public Builder marketCapBelow(double marketCap) {
            this.marketCapBelow = OptionalDouble.of(marketCap);
            return this;
        }

        /** Sets the Moody's rating range (bonds); empty leaves a bound unset. */
        public Builder moodyRating(String above, String below) {
            this.moodyRatingAbove = Objects.requireNonNull(above);
            this.moodyRatingBelow = Objects.requireNonNull(below);
            return this;
        }

        /** Sets the S&amp;P rating range (bonds); empty leaves a bound unset. */
        public Builder spRating(String above, String below) {
            this.spRatingAbove = Objects.requireNonNull(above);
            this.spRatingBelow = Objects.requireNonNull(below);
            return this;
        }

        /** Sets the maturity range (bonds), {@code yyyyMMdd}; empty leaves a bound unset. */
        public Builder maturityDate(String above, String below) {
            this.maturityDateAbove = Objects.requireNonNull(above);
            this.maturityDateBelow = Objects.requireNonNull(below);
            return this;
        }

        /** Sets the least coupon rate (bonds). */
        public Builder couponRateAbove(double rate) {
            this.couponRateAbove = OptionalDouble.of(rate);
            return this;
        }

        /** Sets the greatest coupon rate (bonds). */
        public Builder couponRateBelow(double rate) {
            this.couponRateBelow = OptionalDouble.of(rate);
            return this;
        }

        /** Sets whether convertible bonds are left out. */
        public Builder excludeConvertible(boolean exclude) {
            this.excludeConvertible = exclude;
            return this;
        }

        /** Sets the least average option volume. */
        public Builder averageOptionVolumeAbove(long volume) {
            this.averageOptionVolumeAbove = OptionalLong.of(volume);
            return this;
        }

        /** Sets TWS's scanner setting pairs, e.g. {@code Annual,true}. */
        public Builder scannerSettingPairs(String pairs) {
            this.scannerSettingPairs = Objects.requireNonNull(pairs);
            return this;
        }

        /** Sets the stock types to scan: {@code ALL}, {@code CORP}, {@code ADR}, {@code ETF}, {@code REIT} or {@code CEF}. */
        public Builder stockTypeFilter(String filter) {
            this.stockTypeFilter = Objects.requireNonNull(filter).strip();
            return this;
        }

        /** Adds a filter by its tag, e.g. {@code changePercAbove} = {@code 2}; a later value for the tag replaces it. */
        public Builder filterOption(String tag, String value) {
            filterOptions.put(Objects.requireNonNull(tag, "tag"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Adds one of TWS's reserved scanner options. */
        public Builder option(String tag, String value) {
            options.put(Objects.requireNonNull(tag, "tag"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Returns the subscription. */
        public ScannerSubscription build() {
            return new ScannerSubscription(scanCode, instrument, locationCode, numberOfRows, abovePrice, belowPrice,
                    aboveVolume, marketCapAbove, marketCapBelow, moodyRatingAbove, moodyRatingBelow, spRatingAbove,
                    spRatingBelow, maturityDateAbove, maturityDateBelow, couponRateAbove, couponRateBelow,
                    excludeConvertible, averageOptionVolumeAbove, scannerSettingPairs, stockTypeFilter, filterOptions,
                    options);
        }
    }
}
