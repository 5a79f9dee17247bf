package io.tws4j.simulator.market;

import io.tws4j.contracts.MarketRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The parameters of one instrument's simulated market: where its price lives and how much it
 * moves, its tick grid, when it trades, and how busy and how large its quotes and trades are.
 *
 * @param referencePrice the level the price wanders around (it mean-reverts to it over weeks)
 * @param annualVolatility the volatility of the price, e.g. 0.30 for 30 % a year
 * @param priceRule the price increments (the tick grid) at each price level
 * @param calendar when the instrument trades
 * @param style quotes and trades, quotes only, or index values
 * @param sizeUnit the smallest size step (1 share, 1 contract, 0.0001 BTC, 1000 EUR ...)
 * @param quoteLotUnits quote sizes are multiples of this many units (100 for US stocks)
 * @param meanQuoteUnits the mean quote size, in units
 * @param meanTradeUnits the mean trade size, in units
 * @param quotesPerSecond quote changes a second in regular hours, besides the one each second opens with
 * @param tradesPerSecond trades a second in regular hours
 * @param extendedActivity how busy the extended hours are compared with the regular ones, 0 to 1
 * @param exchanges the exchanges that print trades and post depth, the first being the main one
 * @param dividendYield the continuous dividend yield, for options on this instrument
 */
public record MarketProfile(double referencePrice, double annualVolatility, MarketRule priceRule,
                            TradingCalendar calendar, MarketStyle style, BigDecimal sizeUnit, int quoteLotUnits,
                            double meanQuoteUnits, double meanTradeUnits, double quotesPerSecond,
                            double tradesPerSecond, double extendedActivity, List<String> exchanges,
                            double dividendYield) {

    public MarketProfile {
        if (!(referencePrice > 0) || !(annualVolatility > 0)) {
            throw new IllegalArgumentException("a market needs a positive reference price and volatility");
        }
        Objects.requireNonNull(priceRule, "priceRule");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(sizeUnit, "sizeUnit");
        exchanges = List.copyOf(exchanges);
        if (exchanges.isEmpty()) {
            throw new IllegalArgumentException("a market needs at least one exchange");
        }
    }

    /** Starts a profile with the defaults of a liquid US stock. */
    public static Builder builder(double referencePrice, MarketRule priceRule, TradingCalendar calendar) {
        return new Builder(referencePrice, priceRule, calendar);
    }

    /** Builds a {@link MarketProfile}. */
    public static final class Builder {
        private final double referencePrice;
        private final MarketRule priceRule;
        private final TradingCalendar calendar;
        private double annualVolatility = 0.3;
        private MarketStyle style = MarketStyle.QUOTES_AND_TRADES;
        private BigDecimal sizeUnit = BigDecimal.ONE;
        private int quoteLotUnits = 100;
        private double meanQuoteUnits = 400;
        private double meanTradeUnits = 150;
        private double quotesPerSecond = 1.0;
        private double tradesPerSecond = 1.5;
        private double extendedActivity = 0.1;
        private List<String> exchanges = List.of("NASDAQ", "NYSE", "ARCA", "BATS", "IEX", "EDGX");
        private double dividendYield;

        private Builder(double referencePrice, MarketRule priceRule, TradingCalendar calendar) {
            this.referencePrice = referencePrice;
            this.priceRule = priceRule;
            this.calendar = calendar;
        }

        public Builder volatility(double annualVolatility) {
            this.annualVolatility = annualVolatility;
            return this;
        }

        public Builder style(MarketStyle style) {
            this.style = style;
            return this;
        }

        /** Sets the size step and quote lot: sizes are multiples of {@code unit}, quotes of {@code quoteLot} units. */
        public Builder sizes(BigDecimal unit, int quoteLot, double meanQuoteUnits, double meanTradeUnits) {
            this.sizeUnit = unit;
            this.quoteLotUnits = quoteLot;
            this.meanQuoteUnits = meanQuoteUnits;
            this.meanTradeUnits = meanTradeUnits;
            return this;
        }

        /** Sets how busy the market is: quotes and trades a second in regular hours, and the extended hours' share. */
        public Builder activity(double quotesPerSecond, double tradesPerSecond, double extendedActivity) {
            this.quotesPerSecond = quotesPerSecond;
            this.tradesPerSecond = tradesPerSecond;
            this.extendedActivity = extendedActivity;
            return this;
        }

        public Builder exchanges(List<String> exchanges) {
            this.exchanges = List.copyOf(exchanges);
            return this;
        }

        public Builder dividendYield(double dividendYield) {
            this.dividendYield = dividendYield;
            return this;
        }

        public MarketProfile build() {
            return new MarketProfile(referencePrice, annualVolatility, priceRule, calendar, style, sizeUnit,
                    quoteLotUnits, meanQuoteUnits, meanTradeUnits, quotesPerSecond, tradesPerSecond, extendedActivity,
                    exchanges, dividendYield);
        }
    }
}
