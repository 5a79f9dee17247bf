package io.tws4j.orders;

import io.tws4j.contracts.Contract;
import java.util.Objects;

/**
 * A fill as TWS reports it, live or in answer to an executions request: the contract and the
 * execution. Its commission follows as a {@link CommissionReport} with the same execution id.
 *
 * @param contract the contract that traded
 * @param execution the fill
 */
public record ExecutionReport(Contract contract, Execution execution) implements OrderUpdate {

    public ExecutionReport {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(execution, "execution");
    }
}
