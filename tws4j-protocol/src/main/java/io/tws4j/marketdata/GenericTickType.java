package io.tws4j.marketdata;

import java.util.List;

/**
 * The optional ticks a market data request can ask for, by the generic tick id TWS expects in
 * its generic tick list, with the tick types each one brings.
 *
 * {@snippet :
 * client.marketData(aapl).genericTicks(GenericTickType.RT_VOLUME, GenericTickType.SHORTABLE).subscribe();
 * }
 */
public enum GenericTickType {
    /** Option call and put volume of an underlying. */
    OPTION_VOLUME(100, TickType.OPTION_CALL_VOLUME, TickType.OPTION_PUT_VOLUME),
    /** Option call and put open interest of an underlying. */
    OPTION_OPEN_INTEREST(101, TickType.OPTION_CALL_OPEN_INTEREST, TickType.OPTION_PUT_OPEN_INTEREST),
    /** 30-day historical volatility of an underlying. */
    HISTORICAL_VOLATILITY(104, TickType.OPTION_HISTORICAL_VOL),
    /** Average option volume of an underlying. */
    AVERAGE_OPTION_VOLUME(105, TickType.AVG_OPT_VOLUME),
    /** 30-day implied volatility of an underlying's options. */
    OPTION_IMPLIED_VOLATILITY(106, TickType.OPTION_IMPLIED_VOL),
    /** The premium of an index future over its index. */
    INDEX_FUTURE_PREMIUM(162, TickType.INDEX_FUTURE_PREMIUM),
    /** 13, 26 and 52-week highs and lows, and the 90-day average volume. */
    MISCELLANEOUS_STATS(165, TickType.LOW_13_WEEK, TickType.HIGH_13_WEEK, TickType.LOW_26_WEEK, TickType.HIGH_26_WEEK,
            TickType.LOW_52_WEEK, TickType.HIGH_52_WEEK, TickType.AVG_VOLUME),
    /** The mark price used in P&amp;L. */
    MARK_PRICE(221, TickType.MARK_PRICE),
    /** Auction volume, price and imbalance. */
    AUCTION_VALUES(225, TickType.AUCTION_VOLUME, TickType.AUCTION_PRICE, TickType.AUCTION_IMBALANCE),
    /** Each trade as text: price, size, time, total volume, VWAP and whether one market maker filled it. */
    RT_VOLUME(233, TickType.RT_VOLUME),
    /** How easily the stock can be borrowed for shorting, and the shares available. */
    SHORTABLE(236, TickType.SHORTABLE, TickType.SHORTABLE_SHARES),
    /**
     * A stock's fundamental ratios (P/E, margins, market cap ...), as one text of
     * {@code KEY=value;} pairs (see {@link FundamentalRatios}).
     */
    FUNDAMENTAL_RATIOS(258, TickType.FUNDAMENTAL_RATIOS),
    /** Headlines about the contract. */
    NEWS(292, TickType.NEWS_TICK),
    /** Trades so far today. */
    TRADE_COUNT(293, TickType.TRADE_COUNT),
    /** Trades per minute. */
    TRADE_RATE(294, TickType.TRADE_RATE),
    /** Shares traded per minute. */
    VOLUME_RATE(295, TickType.VOLUME_RATE),
    /** The last trade in regular trading hours. */
    LAST_RTH_TRADE(318, TickType.LAST_RTH_TRADE),
    /** Each trade as text, like {@link #RT_VOLUME}, leaving out trades that are not reportable. */
    RT_TRADE_VOLUME(375, TickType.RT_TRD_VOLUME),
    /** 30-day real-time historical volatility. */
    RT_HISTORICAL_VOLATILITY(411, TickType.RT_HISTORICAL_VOL),
    /** Past and expected dividends. */
    IB_DIVIDENDS(456, TickType.IB_DIVIDENDS),
    /** A bond's factor multiplier. */
    BOND_FACTOR_MULTIPLIER(460, TickType.BOND_FACTOR_MULTIPLIER),
    /** A future's open interest. */
    FUTURES_OPEN_INTEREST(588, TickType.FUTURES_OPEN_INTEREST),
    /** Volume over the last 3, 5 and 10 minutes. */
    SHORT_TERM_VOLUME(595, TickType.SHORT_TERM_VOLUME_3_MIN, TickType.SHORT_TERM_VOLUME_5_MIN,
            TickType.SHORT_TERM_VOLUME_10_MIN);

    private final int id;
    private final List<TickType> brings;

    GenericTickType(int id, TickType... brings) {
        this.id = id;
        this.brings = List.of(brings);
    }

    /** Returns the id as it goes in a request's generic tick list. */
    public int id() {
        return id;
    }

    /** Returns the tick types TWS sends for it. */
    public List<TickType> tickTypes() {
        return brings;
    }
}
