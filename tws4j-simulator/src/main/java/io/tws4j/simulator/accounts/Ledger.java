package io.tws4j.simulator.accounts;

import io.tws4j.simulator.contracts.Instrument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One account's books: cash by currency and positions, changed by fills. Buying a stock, option
 * or bond pays its price from cash; a future only pays its commission and settles its profit or
 * loss in cash when closed (it is marked to market). Not thread-safe: the {@link AccountBook}
 * guards it.
 */
final class Ledger {
    final String account;
    final Map<String, Double> cash = new LinkedHashMap<>();
    final Map<Integer, Holding> holdings = new LinkedHashMap<>();
    double commissionsToday;

    Ledger(String account, double startingCash) {
        this.account = account;
        cash.put(Marks.BASE_CURRENCY, startingCash);
    }

    /**
     * Books a fill of {@code signedQuantity} (negative for a sale) and returns the profit or loss
     * it realized, or NaN if it closed nothing.
     */
    double book(Instrument instrument, BigDecimal signedQuantity, double price, double commission) {
        Holding holding = holdings.computeIfAbsent(instrument.conId(), id -> new Holding(instrument));
        double realized = holding.apply(signedQuantity, price, commission);
        String currency = instrument.contract().currency();
        double change;
        if (holding.isMarkedToMarket()) {
            change = Double.isNaN(realized) ? -commission : realized;
        } else {
            change = -signedQuantity.doubleValue() * price * holding.multiplier() - commission;
        }
        cash.merge(currency, change, Double::sum);
        commissionsToday += commission;
        return realized;
    }

    /** Returns the holdings, closed ones of today included (TWS reports them with quantity zero). */
    List<Holding> holdings() {
        return new ArrayList<>(holdings.values());
    }

    /** Returns the profit or loss realized today. */
    double realizedToday() {
        return holdings.values().stream().mapToDouble(h -> h.realizedToday).sum();
    }
}
