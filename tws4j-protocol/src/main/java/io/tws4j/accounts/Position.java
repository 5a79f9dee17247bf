package io.tws4j.accounts;

import io.tws4j.contracts.Contract;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A position: how much of a contract an account holds, and at what average cost. A zero
 * position is one that was closed today.
 *
 * @param account the account
 * @param contract the contract
 * @param position the quantity held, negative when short
 * @param averageCost the average cost per unit, the multiplier included
 * @param modelCode the model, for positions-multi streams; empty otherwise
 */
public record Position(String account, Contract contract, BigDecimal position, double averageCost, String modelCode)
        implements PositionUpdate {

    public Position {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(modelCode, "modelCode");
    }
}
