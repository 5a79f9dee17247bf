package io.tws4j.simulator.contracts;

import io.tws4j.contracts.Contract;
import io.tws4j.contracts.ContractDescription;
import io.tws4j.contracts.OptionChain;
import io.tws4j.contracts.SecurityType;
import io.tws4j.simulator.core.GatewayScheduler;
import io.tws4j.simulator.market.MarketModel;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every instrument the simulated gateway knows, listed as of one day (futures and options expire):
 * 23 US stocks and ETFs, Toyota on TSEJ, SAP in New York and on XETRA, ES and NQ futures, the
 * AAPL option chain, EUR.USD and USD.JPY, BTC and ETH, the SPX index, a US Treasury and a German
 * Bund. Built once per gateway, at start.
 *
 * {@snippet :
 * InstrumentUniverse universe = InstrumentUniverse.standard(LocalDate.now());
 * Instrument aapl = universe.byConId(265598).orElseThrow();
 * MarketModel market = universe.marketModel(seed, clock, scheduler);
 * }
 */
public final class InstrumentUniverse {
    /** The most descriptions a symbol search returns, as TWS caps it. */
    static final int MAX_SYMBOL_MATCHES = 16;
    /** The exchanges the option chains are reported for. */
    private static final List<String> OPTION_CHAIN_EXCHANGES = List.of("SMART", "AMEX", "CBOE", "PHLX", "ISE", "BOX", "MIAX");

    private final LocalDate listedOn;
    private final List<Instrument> instruments;
    private final Map<Integer, Instrument> byConId = new HashMap<>();

    private InstrumentUniverse(LocalDate listedOn, List<Instrument> instruments) {
        this.listedOn = listedOn;
        this.instruments = List.copyOf(instruments);
        for (Instrument instrument : instruments) {
            if (byConId.putIfAbsent(instrument.conId(), instrument) != null) {
                throw new IllegalStateException("two simulated instruments share conId " + instrument.conId());
            }
        }
    }

    /** Returns the standard instruments as listed on {@code today}. */
    public static InstrumentUniverse standard(LocalDate today) {
        List<Instrument> all = new ArrayList<>(Stocks.all());
        all.addAll(OtherInstruments.all());
        all.addAll(FuturesListings.all(today));
        all.addAll(OptionListings.aapl(today));
        return new InstrumentUniverse(today, all);
    }

    /** Returns the day the instruments were listed for. */
    public LocalDate listedOn() {
        return listedOn;
    }

    /** Returns every instrument. */
    public List<Instrument> all() {
        return instruments;
    }

    /** Returns the instrument with {@code conId}. */
    public Optional<Instrument> byConId(int conId) {
        return Optional.ofNullable(byConId.get(conId));
    }

    /**
     * Returns the instruments a contract describes, as TWS resolves the contract of an order or a
     * data request: by conId, or by every field that is set (see {@link ContractMatcher}).
     */
    public List<Instrument> matching(Contract wanted, LocalDate today) {
        return new ContractMatcher(this).matches(wanted, today);
    }

    /** Returns a market model of every instrument (options over their underlyings). */
    public MarketModel marketModel(long seed, InstantSource clock, GatewayScheduler scheduler) {
        MarketModel model = new MarketModel(seed, clock, scheduler);
        instruments.stream().filter(i -> i.option().isEmpty()).forEach(i -> model.add(i.conId(), i.profile()));
        instruments.stream().filter(i -> i.option().isPresent())
                .forEach(i -> model.addOption(i.conId(), i.profile(), i.option().orElseThrow()));
        return model;
    }

    /**
     * Returns the stocks, indexes and cryptocurrencies whose symbol starts with {@code pattern} or
     * whose name contains it (case-insensitive), exact symbols first, at most 16, each with the
     * kinds of derivatives listed on it.
     */
    public List<ContractDescription> search(String pattern) {
        String wanted = pattern.strip().toUpperCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return instruments.stream()
                .filter(i -> Set.of(SecurityType.STOCK, SecurityType.INDEX, SecurityType.CRYPTO).contains(i.securityType()))
                .filter(i -> i.contract().symbol().startsWith(wanted)
                        || i.details().longName().toUpperCase(Locale.ROOT).contains(wanted))
                .sorted(Comparator.comparing((Instrument i) -> !i.contract().symbol().equals(wanted))
                        .thenComparing(i -> i.contract().symbol()).thenComparing(Instrument::conId))
                .limit(MAX_SYMBOL_MATCHES)
                .map(this::describe)
                .toList();
    }

    /**
     * Returns the option chains of an underlying, one per exchange; empty when none are listed
     * (or the conId and symbol do not belong together).
     */
    public List<OptionChain> optionChains(int underlyingConId, String symbol, LocalDate today) {
        Optional<Instrument> underlying = byConId(underlyingConId);
        if (underlying.isEmpty() || (!symbol.isEmpty() && !underlying.get().contract().symbol().equalsIgnoreCase(symbol))) {
            return List.of();
        }
        List<Instrument> options = instruments.stream()
                .filter(i -> i.details().underConId() == underlyingConId && i.securityType() == SecurityType.OPTION)
                .filter(i -> !i.isExpired(today))
                .toList();
        if (options.isEmpty()) {
            return List.of();
        }
        TreeSet<LocalDate> expirations = new TreeSet<>();
        TreeSet<Double> strikes = new TreeSet<>();
        options.forEach(option -> {
            option.lastTradingDay().ifPresent(expirations::add);
            strikes.add(option.contract().strike());
        });
        Contract first = options.getFirst().contract();
        return OPTION_CHAIN_EXCHANGES.stream()
                .map(exchange -> new OptionChain(exchange, underlyingConId, first.tradingClass(),
                        String.valueOf((long) first.multiplier()), List.copyOf(expirations), List.copyOf(strikes)))
                .toList();
    }

    private ContractDescription describe(Instrument instrument) {
        Contract full = instrument.contract();
        Contract brief = Contract.builder().conId(full.conId()).symbol(full.symbol()).secType(full.secType())
                .primaryExchange(full.primaryExchange().isEmpty() ? full.exchange() : full.primaryExchange())
                .currency(full.currency()).description(instrument.details().longName()).build();
        Set<String> derivatives = new LinkedHashSet<>();
        instruments.stream().filter(i -> i.details().underConId() == full.conId())
                .forEach(i -> derivatives.add(i.contract().secType()));
        return new ContractDescription(brief, List.copyOf(derivatives));
    }
}
