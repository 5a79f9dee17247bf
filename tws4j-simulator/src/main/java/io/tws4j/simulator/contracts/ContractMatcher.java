package io.tws4j.simulator.contracts;

import io.tws4j.contracts.Contract;
import io.tws4j.contracts.ContractDetails;
import io.tws4j.contracts.OptionRight;
import io.tws4j.contracts.SecurityType;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the instruments a contract describes, as TWS does for contract details: by conId alone
 * when it has one; otherwise by security id, symbol or local symbol, narrowed by every other
 * field that is set (type, currency, exchange, primary exchange, expiry or month, strike, right,
 * multiplier, trading class). A partial description matches several instruments. Expired
 * futures and options match only when the contract asks to include expired ones.
 *
 * <p>Inferred where TWS's documentation is silent: a continuous future ({@code CONTFUT}) matches
 * the front future, described as a continuous one; the details carry the exchange the request
 * named (the instrument's usual one when it named none); and a contract with nothing to look it
 * up by is refused as an invalid request (321) rather than matched against everything.
 */
public final class ContractMatcher {
    private static final Comparator<Instrument> ORDER = Comparator
            .comparing((Instrument i) -> i.contract().secType())
            .thenComparing(i -> i.contract().symbol())
            .thenComparing(i -> i.contract().lastTradeDateOrContractMonth())
            .thenComparingDouble(i -> i.contract().strike())
            .thenComparing(i -> i.contract().right())
            .thenComparingInt(Instrument::conId);

    private final InstrumentUniverse universe;

    /** Makes a matcher over the instruments of {@code universe}. */
    public ContractMatcher(InstrumentUniverse universe) {
        this.universe = universe;
    }

    /** Returns why TWS would refuse to look the contract up, if it would: it identifies nothing. */
    public static Optional<String> problem(Contract contract) {
        if (!contract.isIdentified()) {
            return Optional.of("the contract has no conId, symbol, local symbol or security id");
        }
        return Optional.empty();
    }

    /** Returns the details of every instrument {@code wanted} describes, in TWS's order, as of {@code today}. */
    List<ContractDetails> details(Contract wanted, LocalDate today) {
        if (wanted.securityType() == SecurityType.CONTINUOUS_FUTURE) {
            return continuous(wanted, today);
        }
        return matches(wanted, today).stream().map(i -> i.detailsFor(wanted.exchange(), today)).toList();
    }

    /** Returns the instruments {@code wanted} describes. */
    public List<Instrument> matches(Contract wanted, LocalDate today) {
        if (wanted.conId() != 0) {
            return universe.byConId(wanted.conId())
                    .filter(i -> wanted.exchange().isEmpty() || i.tradesOn(wanted.exchange()))
                    .map(List::of).orElse(List.of());
        }
        return universe.all().stream()
                .filter(i -> identifies(wanted, i))
                .filter(i -> narrows(wanted, i))
                .filter(i -> wanted.includeExpired() || !i.isExpired(today))
                .sorted(ORDER)
                .toList();
    }

    private List<ContractDetails> continuous(Contract wanted, LocalDate today) {
        Contract future = wanted.toBuilder().secType(SecurityType.FUTURE).build();
        return matches(future, today).stream()
                .filter(i -> !i.isExpired(today))
                .min(Comparator.comparing(i -> i.contract().lastTradeDateOrContractMonth()))
                .map(front -> {
                    ContractDetails details = front.detailsFor(wanted.exchange(), today);
                    return details.toBuilder().contract(details.contract().toBuilder().secType(SecurityType.CONTINUOUS_FUTURE)
                            .build()).build();
                })
                .map(List::of).orElse(List.of());
    }

    private static boolean identifies(Contract wanted, Instrument instrument) {
        Contract known = instrument.contract();
        if (!wanted.secId().isEmpty()) {
            return instrument.details().secIdList().entrySet().stream()
                    .anyMatch(id -> id.getValue().equalsIgnoreCase(wanted.secId())
                            && (wanted.secIdType().isEmpty() || id.getKey().equalsIgnoreCase(wanted.secIdType())));
        }
        if (!wanted.symbol().isEmpty()) {
            return known.symbol().equalsIgnoreCase(wanted.symbol());
        }
        return known.localSymbol().equalsIgnoreCase(wanted.localSymbol());
    }

    private static boolean narrows(Contract wanted, Instrument instrument) {
        Contract known = instrument.contract();
        return same(wanted.secType(), known.secType())
                && same(wanted.currency(), known.currency())
                && (wanted.exchange().isEmpty() || instrument.tradesOn(wanted.exchange()))
                && same(wanted.primaryExchange(), known.primaryExchange())
                && expiryMatches(wanted.lastTradeDateOrContractMonth(), known.lastTradeDateOrContractMonth())
                && (wanted.strike() == 0 || Math.abs(wanted.strike() - known.strike()) < 1e-9)
                && (wanted.optionRight() == OptionRight.UNSET || wanted.optionRight() == known.optionRight())
                && (wanted.multiplier() == 0 || wanted.multiplier() == known.multiplier())
                && same(wanted.tradingClass(), known.tradingClass())
                && same(wanted.localSymbol(), known.localSymbol());
    }

    /** An empty wanted value matches anything; otherwise the values are equal, ignoring case. */
    private static boolean same(String wanted, String known) {
        return wanted.isEmpty() || wanted.toUpperCase(Locale.ROOT).equals(known.toUpperCase(Locale.ROOT));
    }

    /** A month ({@code yyyyMM}) matches every expiry in it; a day ({@code yyyyMMdd}) that day only. */
    private static boolean expiryMatches(String wanted, String known) {
        String value = wanted.strip();
        return value.isEmpty() || (value.length() >= 6 && known.startsWith(value));
    }
}
