package io.tws4j.contracts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/**
 * Builds a future. It needs a contract month before {@link #build()}: an explicit one, the
 * calendar's guess ({@link #frontMonth()}, {@link #nextQuarter()}; see {@link FuturesCalendar}),
 * or {@link #anyMonth()} to ask TWS for every listed month. With a client at hand,
 * {@code client.frontMonth(Contract.futures("ES"))} picks from TWS's real expirations instead.
 *
 * {@snippet :
 * Contract march = Contract.futures("ES").contractMonth(2025, 3).build();      // CME, USD, 202503
 * Contract front = Contract.futures("NQ").frontMonth().build();                // calendar fallback
 * Contract every = Contract.futures("ES").anyMonth().build();                  // for contract details
 * }
 *
 * <p>Symbols tws4j knows get their exchange and currency ({@code ES} on CME in USD,
 * {@code FGBL} on EUREX in EUR); give others with {@link #onExchange(String)}.
 */
public final class FuturesBuilder extends VenueBuilder<FuturesBuilder> {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private String month;
    private double multiplier;

    FuturesBuilder(String symbol) {
        super(symbol, FuturesCalendar.defaultExchange(symbol.strip()), FuturesCalendar.defaultCurrency(symbol.strip()));
    }

    @Override
    FuturesBuilder self() {
        return this;
    }

    /** Returns the symbol. */
    public String symbol() {
        return symbol;
    }

    /**
     * Sets the contract month.
     *
     * @throws IllegalArgumentException if the month does not exist
     */
    public FuturesBuilder contractMonth(int year, int month) {
        try {
            return expiresIn(YearMonth.of(year, month));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a valid contract month: " + year + "-" + month, e);
        }
    }

    /** Sets the contract month. */
    public FuturesBuilder expiresIn(YearMonth month) {
        this.month = String.format("%04d%02d", month.getYear(), month.getMonthValue());
        return this;
    }

    /** Sets the last trading day instead of the month, for products with several expiries a month. */
    public FuturesBuilder expiresOn(LocalDate day) {
        this.month = day.format(DAY);
        return this;
    }

    /** Sets the month to the calendar's front month as of today in New York (see {@link FuturesCalendar}). */
    public FuturesBuilder frontMonth() {
        return frontMonth(LocalDate.now(OptionBuilder.US_OPTIONS_ZONE));
    }

    /** Sets the month to the calendar's front month as of {@code today}. */
    public FuturesBuilder frontMonth(LocalDate today) {
        return expiresIn(FuturesCalendar.frontMonth(symbol, today));
    }

    /** Sets the month to the calendar's next quarterly month as of today in New York. */
    public FuturesBuilder nextQuarter() {
        return nextQuarter(LocalDate.now(OptionBuilder.US_OPTIONS_ZONE));
    }

    /** Sets the month to the first quarterly month (Mar, Jun, Sep, Dec) whose third Friday is not before {@code today}. */
    public FuturesBuilder nextQuarter(LocalDate today) {
        return expiresIn(FuturesCalendar.nextQuarter(today));
    }

    /** Leaves the month open, so that a contract-details query returns every listed month. */
    public FuturesBuilder anyMonth() {
        this.month = "";
        return this;
    }

    /** Sets the multiplier, which tells apart contracts that share a symbol (e.g. 50 for ES). */
    public FuturesBuilder multiplier(double multiplier) {
        this.multiplier = Checks.multiplier(multiplier);
        return this;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException if no contract month was chosen
     */
    @Override
    public Contract build() {
        if (month == null) {
            throw new IllegalStateException("futures " + symbol + " need a contract month: call contractMonth(year, month), "
                    + "expiresIn(YearMonth), frontMonth(), nextQuarter(), or anyMonth() for a contract-details query");
        }
        return base(SecurityType.FUTURE).lastTradeDateOrContractMonth(month).multiplier(multiplier).build();
    }

    /** Returns the contract with the month left open, whatever month was chosen; for listing every month. */
    public Contract buildAnyMonth() {
        return base(SecurityType.FUTURE).multiplier(multiplier).build();
    }
}
