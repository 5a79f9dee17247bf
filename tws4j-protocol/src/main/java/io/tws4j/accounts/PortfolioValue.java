package io.tws4j.accounts;

import io.tws4j.contracts.Contract;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One entry of an account's portfolio, valued at the market, as account updates report it.
 *
 * @param account the account
 * @param contract the contract
 * @param position the quantity held, negative when short
 * @param marketPrice the price per unit the entry is valued at
 * @param marketValue the entry's value
 * @param averageCost the average cost per unit, the multiplier included
 * @param unrealizedPnl the open profit or loss
 * @param realizedPnl the profit or loss realized today
 */
public record PortfolioValue(String account, Contract contract, BigDecimal position, double marketPrice,
                             double marketValue, double averageCost, double unrealizedPnl, double realizedPnl)
        implements AccountUpdate {

    public PortfolioValue {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(position, "position");
    }
}
