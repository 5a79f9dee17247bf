package io.tws4j.contracts;

import java.util.List;
import java.util.Objects;

/**
 * A contract that matches a symbol search, with the kinds of derivatives listed on it.
 *
 * @param contract the contract (conId, symbol, type, primary exchange, currency, description)
 * @param derivativeSecTypes the security type codes of its derivatives, e.g. {@code OPT}, {@code WAR}
 */
public record ContractDescription(Contract contract, List<String> derivativeSecTypes) {

    public ContractDescription {
        Objects.requireNonNull(contract, "contract");
        derivativeSecTypes = List.copyOf(derivativeSecTypes);
    }

    /** Returns the kinds of derivatives listed on the contract. */
    public List<SecurityType> derivativeTypes() {
        return derivativeSecTypes.stream().map(SecurityType::of).toList();
    }
}
