package io.tws4j.orders;

import io.tws4j.contracts.Contract;
import java.util.Objects;
import java.util.Optional;

/**
 * An execution paired with its commission report.
 *
 * @param contract the contract that traded
 * @param execution the fill
 * @param commission its commission report, empty if TWS has not sent it (yet)
 */
public record Fill(Contract contract, Execution execution, Optional<CommissionReport> commission) {

    public Fill {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(commission, "commission");
    }

    /** Returns this fill with its commission report. */
    public Fill withCommission(CommissionReport report) {
        return new Fill(contract, execution, Optional.of(report));
    }
}
