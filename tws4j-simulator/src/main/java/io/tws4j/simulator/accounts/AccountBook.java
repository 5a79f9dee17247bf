package io.tws4j.simulator.accounts;

import io.tws4j.accounts.Pnl;
import io.tws4j.accounts.PnlSingle;
import io.tws4j.accounts.PortfolioValue;
import io.tws4j.accounts.Position;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.market.Rounding;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The accounts of the simulated login and everything fills change in them: cash, positions,
 * average costs, realized profit, valued at the market model's marks. Thread-safe; listeners hear
 * of each booking after it is done, on the booking thread.
 *
 * {@snippet :
 * AccountBook book = gateway.accounts();
 * Valuation now = book.valuation("DU1234567");
 * System.out.println(now.netLiquidation() + " " + book.positions("DU1234567"));
 * }
 */
public final class AccountBook {
    /** The cash a simulated paper account starts with, in USD, as IB's paper accounts do. */
    public static final double STARTING_CASH = 1_000_000;
    /** The trading day changes at midnight in New York. */
    private static final ZoneId DAY_ZONE = ZoneId.of("America/New_York");

    private final Map<String, Ledger> ledgers = new LinkedHashMap<>();
    private final Marks marks;
    private final InstantSource clock;
    private final List<BookingListener> listeners = new CopyOnWriteArrayList<>();
    private LocalDate tradingDay;

    /** Hears of every fill booked in an account. */
    @FunctionalInterface
    public interface BookingListener {
        void booked(String account, Instrument instrument);
    }

    public AccountBook(List<String> accounts, Marks marks, InstantSource clock) {
        accounts.forEach(account -> ledgers.put(account, new Ledger(account, STARTING_CASH)));
        this.marks = marks;
        this.clock = clock;
        this.tradingDay = LocalDate.ofInstant(clock.instant(), DAY_ZONE);
    }

    /** Returns the accounts, the default one first. */
    public List<String> accounts() {
        return List.copyOf(ledgers.keySet());
    }

    /** Returns the account orders without an account go to. */
    public String defaultAccount() {
        return ledgers.keySet().iterator().next();
    }

    /** Returns whether the login manages {@code account}. */
    public boolean manages(String account) {
        return ledgers.containsKey(account);
    }

    /** Returns the marks positions are valued at. */
    public Marks marks() {
        return marks;
    }

    /** Adds a listener of bookings. */
    public void addListener(BookingListener listener) {
        listeners.add(listener);
    }

    /**
     * Books a fill and returns the profit or loss it realized after its commission, or NaN if it
     * closed nothing.
     *
     * @param signedQuantity the quantity, negative for a sale
     */
    public double book(String account, Instrument instrument, BigDecimal signedQuantity, double price, double commission) {
        double realized;
        synchronized (this) {
            rollDay();
            realized = ledger(account).book(instrument, signedQuantity, price, commission);
        }
        listeners.forEach(listener -> listener.booked(account, instrument));
        return realized;
    }

    /** Returns the account valued now. */
    public synchronized Valuation valuation(String account) {
        rollDay();
        return value(ledger(account), clock.instant());
    }

    /** Returns the account's positions, closed ones of today included with quantity zero. */
    public synchronized List<Position> positions(String account) {
        rollDay();
        return ledger(account).holdings().stream()
                .map(h -> new Position(account, h.instrument.contract(), h.reportedQuantity(), averageCost(h), ""))
                .toList();
    }

    /** Returns the account's position in one instrument, if it has had one today. */
    public synchronized Optional<Position> position(String account, int conId) {
        return positions(account).stream().filter(p -> p.contract().conId() == conId).findFirst();
    }

    /** Returns the portfolio entry of one instrument, valued now. */
    public synchronized Optional<PortfolioValue> portfolioValue(String account, int conId) {
        rollDay();
        Holding holding = ledger(account).holdings.get(conId);
        return holding == null ? Optional.empty() : Optional.of(entry(account, holding, clock.instant()));
    }

    /** Returns the account's profit and loss now. */
    public synchronized Pnl pnl(String account) {
        Valuation valuation = valuation(account);
        double atStart = ledger(account).holdings.values().stream().mapToDouble(h -> h.unrealizedAtDayStart).sum();
        return new Pnl(Rounding.money(valuation.realized() + valuation.unrealized() - atStart),
                Rounding.money(valuation.unrealized()), Rounding.money(valuation.realized()));
    }

    /** Returns one position's profit and loss now, if the account has had the position today. */
    public synchronized Optional<PnlSingle> pnlSingle(String account, int conId) {
        rollDay();
        Holding holding = ledger(account).holdings.get(conId);
        if (holding == null) {
            return Optional.empty();
        }
        double mark = marks.price(holding.instrument, clock.instant());
        double unrealized = holding.unrealized(mark);
        return Optional.of(new PnlSingle(holding.reportedQuantity(),
                Rounding.money(holding.realizedToday + unrealized - holding.unrealizedAtDayStart), Rounding.money(unrealized),
                Rounding.money(holding.realizedToday), Rounding.money(holding.marketValue(mark))));
    }

    /**
     * Returns the initial margin the account would need after a trade, and its equity with loan
     * value now: what a what-if answer and the order checks compare.
     */
    public synchronized MarginChange marginAfter(String account, Instrument instrument, BigDecimal signedQuantity, double price) {
        Valuation before = valuation(account);
        Holding existing = ledger(account).holdings.get(instrument.conId());
        double held = existing == null ? 0 : existing.quantity.doubleValue();
        double after = held + signedQuantity.doubleValue();
        double multiplier = instrument.contract().multiplier() > 0 ? instrument.contract().multiplier() : 1;
        double[] rateBefore = Valuation.marginRates(instrument.securityType(), held < 0);
        double[] rateAfter = Valuation.marginRates(instrument.securityType(), after < 0);
        double initialChange = Math.abs(after) * price * multiplier * rateAfter[0] - Math.abs(held) * price * multiplier * rateBefore[0];
        double maintenanceChange = Math.abs(after) * price * multiplier * rateAfter[1] - Math.abs(held) * price * multiplier * rateBefore[1];
        return new MarginChange(before.initialMargin(), before.maintenanceMargin(), before.equityWithLoan(),
                before.initialMargin() + initialChange, before.maintenanceMargin() + maintenanceChange);
    }

    private Ledger ledger(String account) {
        Ledger ledger = ledgers.get(account);
        if (ledger == null) {
            throw new IllegalArgumentException("the login does not manage account " + account);
        }
        return ledger;
    }

    private Valuation value(Ledger ledger, Instant now) {
        double cashBase = 0;
        for (Map.Entry<String, Double> cash : ledger.cash.entrySet()) {
            cashBase += cash.getValue() * marks.toBase(cash.getKey(), now);
        }
        double gross = 0;
        double netPositions = 0;
        double unrealized = 0;
        double initial = 0;
        double maintenance = 0;
        List<PortfolioValue> portfolio = new ArrayList<>();
        for (Holding holding : ledger.holdings()) {
            PortfolioValue entry = entry(ledger.account, holding, now);
            portfolio.add(entry);
            double toBase = marks.toBase(holding.instrument.contract().currency(), now);
            double value = entry.marketValue() * toBase;
            unrealized += entry.unrealizedPnl() * toBase;
            if (holding.isMarkedToMarket()) {
                netPositions += entry.unrealizedPnl() * toBase;
            } else {
                netPositions += value;
                gross += Math.abs(value);
            }
            double[] rates = Valuation.marginRates(holding.instrument.securityType(), holding.quantity.signum() < 0);
            initial += Math.abs(value) * rates[0];
            maintenance += Math.abs(value) * rates[1];
        }
        return new Valuation(ledger.account, Map.copyOf(ledger.cash), portfolio, cashBase, gross, cashBase + netPositions,
                unrealized, ledger.realizedToday(), initial, maintenance, ledger.commissionsToday);
    }

    /** A portfolio entry as TWS reports it: the mark on (half) the tick, the average cost as an average, amounts in cents. */
    private PortfolioValue entry(String account, Holding holding, Instant now) {
        double mark = Rounding.midpoint(marks.price(holding.instrument, now), holding.instrument.profile().priceRule());
        return new PortfolioValue(account, holding.instrument.contract(), holding.reportedQuantity(), mark,
                Rounding.money(holding.marketValue(mark)), averageCost(holding), Rounding.money(holding.unrealized(mark)),
                Rounding.money(holding.realizedToday));
    }

    /** The average cost per unit (multiplier and commissions included) as an average of the instrument's prices. */
    private static double averageCost(Holding holding) {
        return Rounding.average(holding.averageCost, holding.instrument.profile().priceRule());
    }

    /** At a new trading day, today's realized profit restarts and closed positions are dropped. */
    private void rollDay() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, DAY_ZONE);
        if (!today.isAfter(tradingDay)) {
            return;
        }
        tradingDay = today;
        for (Ledger ledger : ledgers.values()) {
            ledger.holdings.values().removeIf(h -> h.quantity.signum() == 0);
            ledger.commissionsToday = 0;
            for (Holding holding : ledger.holdings.values()) {
                holding.realizedToday = 0;
                holding.unrealizedAtDayStart = holding.unrealized(marks.price(holding.instrument, now));
            }
        }
    }
}
