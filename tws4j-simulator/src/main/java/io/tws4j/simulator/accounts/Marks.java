package io.tws4j.simulator.accounts;

import io.tws4j.contracts.SecurityType;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.contracts.InstrumentUniverse;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.MarketModel;
import io.tws4j.simulator.market.MarketStyle;
import io.tws4j.simulator.market.Quote;
import java.time.Instant;
import java.util.Optional;

/**
 * The prices positions are valued at, from the market model: the last trade, or the quote's
 * midpoint for markets without trades (forex) and options, or the model's mid when there is no
 * quote. Currencies convert to the base currency (USD) at the forex pairs' midpoints.
 */
public final class Marks {
    /** The account's base currency. */
    public static final String BASE_CURRENCY = "USD";

    private final MarketModel market;
    private final InstrumentUniverse instruments;

    public Marks(MarketModel market, InstrumentUniverse instruments) {
        this.market = market;
        this.instruments = instruments;
    }

    /** Returns the mark of an instrument at {@code time}. */
    public double price(Instrument instrument, Instant time) {
        Optional<InstrumentMarket> found = market.market(instrument.conId());
        if (found.isEmpty()) {
            return 0;
        }
        InstrumentMarket m = found.get();
        boolean quoted = m.profile().style() == MarketStyle.QUOTES_ONLY || instrument.securityType() == SecurityType.OPTION;
        if (!quoted) {
            Optional<Double> last = m.lastTradeAt(time).map(trade -> trade.price());
            if (last.isPresent()) {
                return last.get();
            }
        }
        return m.quoteAt(time).map(Quote::mid).orElseGet(() -> m.profile().priceRule().round(m.midAt(time)));
    }

    /** Returns how many US dollars one unit of {@code currency} is worth at {@code time}. */
    public double toBase(String currency, Instant time) {
        if (currency.isEmpty() || currency.equals(BASE_CURRENCY)) {
            return 1;
        }
        for (Instrument pair : instruments.all()) {
            if (pair.securityType() != SecurityType.FOREX) {
                continue;
            }
            if (pair.contract().symbol().equals(currency) && pair.contract().currency().equals(BASE_CURRENCY)) {
                return price(pair, time);
            }
            if (pair.contract().symbol().equals(BASE_CURRENCY) && pair.contract().currency().equals(currency)) {
                double rate = price(pair, time);
                return rate == 0 ? 0 : 1 / rate;
            }
        }
        return 1;
    }
}
