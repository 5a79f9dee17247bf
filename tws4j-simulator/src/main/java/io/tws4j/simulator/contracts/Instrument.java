package io.tws4j.simulator.contracts;

import io.tws4j.contracts.Contract;
import io.tws4j.contracts.ContractDetails;
import io.tws4j.contracts.SecurityType;
import io.tws4j.simulator.market.MarketProfile;
import io.tws4j.simulator.market.OptionTerms;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One instrument of the simulated gateway: its contract details as TWS would give them (the
 * trading hours are filled in for the day asked about), and the parameters of its simulated
 * market.
 *
 * @param details the contract details, hours aside
 * @param profile the simulated market's parameters
 * @param option the option's model terms, for options
 */
public record Instrument(ContractDetails details, MarketProfile profile, Optional<OptionTerms> option) {

    public Instrument {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(option, "option");
    }

    /** Returns the conId. */
    public int conId() {
        return details.contract().conId();
    }

    /** Returns the contract as TWS describes it, with its usual exchange. */
    public Contract contract() {
        return details.contract();
    }

    /** Returns the security type. */
    public SecurityType securityType() {
        return contract().securityType();
    }

    /** Returns the last trading day of a future or an option, if it has one. */
    public Optional<LocalDate> lastTradingDay() {
        return contract().expiry();
    }

    /** Returns whether the instrument has expired by {@code today}. */
    public boolean isExpired(LocalDate today) {
        return lastTradingDay().map(day -> day.isBefore(today)).orElse(false);
    }

    /**
     * Returns whether orders and data may be routed to {@code exchange} (case-insensitive) for it:
     * one of its valid exchanges, or its own. NASDAQ names the ISLAND venue too: TWS 10.16 and
     * later acknowledge both names for US stocks trading on NASDAQ (IB's "ISLAND to NASDAQ"
     * note; inferred that the simulated gateway should, as a TWS in compatibility mode does).
     */
    public boolean tradesOn(String exchange) {
        String wanted = exchange.toUpperCase(Locale.ROOT);
        List<String> valid = details.validExchanges();
        return valid.contains(wanted) || contract().exchange().equals(wanted)
                || wanted.equals(NASDAQ) && valid.contains(ISLAND);
    }

    private static final String NASDAQ = "NASDAQ";
    private static final String ISLAND = "ISLAND";

    /**
     * Returns the details TWS gives for a request on {@code exchange} (the instrument's usual one
     * when empty) on {@code today}, with a week of trading and liquid hours from that day.
     */
    public ContractDetails detailsFor(String exchange, LocalDate today) {
        Contract contract = exchange.isEmpty() ? contract()
                : contract().toBuilder().exchange(exchange.toUpperCase(Locale.ROOT)).build();
        return details.toBuilder()
                .contract(contract)
                .tradingHours(profile.calendar().tradingHours(today, 7))
                .liquidHours(profile.calendar().liquidHours(today, 7))
                .build();
    }
}
