package io.tws4j.news;

import io.tws4j.contracts.Contract;
import io.tws4j.contracts.SecurityType;
import java.util.Locale;
import java.util.Optional;

/**
 * The "news contracts" of broad-tape feeds: every headline of one provider, subscribed to like
 * market data on a contract of security type {@code NEWS} whose exchange is the provider code
 * and whose symbol is {@code <code>:<code>_ALL}, e.g. {@code BRFG:BRFG_ALL} on {@code BRFG}.
 */
public final class NewsContracts {

    private NewsContracts() {}

    /** Returns the broad-tape contract of a provider, e.g. {@code BRFG}. */
    public static Contract broadTape(String providerCode) {
        String code = providerCode.strip().toUpperCase(Locale.ROOT);
        return Contract.builder().symbol(code + ":" + code + "_ALL").secType(SecurityType.NEWS).exchange(code).build();
    }

    /** Returns the provider a broad-tape contract is the feed of, if it is one. */
    public static Optional<String> provider(Contract contract) {
        if (contract.securityType() != SecurityType.NEWS || contract.exchange().isEmpty()) {
            return Optional.empty();
        }
        String code = contract.exchange().toUpperCase(Locale.ROOT);
        return contract.symbol().equalsIgnoreCase(code + ":" + code + "_ALL") ? Optional.of(code) : Optional.empty();
    }
}
