package io.tws4j.client.accounts;

import io.tws4j.accounts.AccountValue;
import io.tws4j.accounts.PortfolioValue;
import io.tws4j.accounts.Position;
import io.tws4j.orders.OpenOrder;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An account as a {@link PortfolioView} knew it at one moment: positions, portfolio entries
 * valued at the market, account values, and open orders. Immutable.
 *
 * @param account the account
 * @param positions the positions, closed ones of today included with quantity zero
 * @param portfolio the portfolio entries, as account updates last valued them
 * @param accountValues the account values, the last of each key and currency
 * @param openOrders the account's open orders (of this client)
 * @param updateTime the time of the last account update, empty before the first
 */
public record PortfolioSnapshot(String account, List<Position> positions, List<PortfolioValue> portfolio,
                                List<AccountValue> accountValues, List<OpenOrder> openOrders, Optional<LocalTime> updateTime) {

    public PortfolioSnapshot {
        Objects.requireNonNull(account, "account");
        positions = List.copyOf(positions);
        portfolio = List.copyOf(portfolio);
        accountValues = List.copyOf(accountValues);
        openOrders = List.copyOf(openOrders);
        Objects.requireNonNull(updateTime, "updateTime");
    }

    /** An empty snapshot of an account. */
    static PortfolioSnapshot empty(String account) {
        return new PortfolioSnapshot(account, List.of(), List.of(), List.of(), List.of(), Optional.empty());
    }

    /** Returns the quantity held of a contract, zero when none. */
    public BigDecimal position(int conId) {
        return positions.stream().filter(p -> p.contract().conId() == conId).map(Position::position)
                .findFirst().orElse(BigDecimal.ZERO);
    }

    /** Returns an account value in the base currency (or without one), e.g. {@code value("NetLiquidation")}. */
    public Optional<AccountValue> value(String key) {
        return accountValues.stream().filter(v -> v.key().equals(key))
                .filter(v -> v.currency().isEmpty() || v.currency().equals("USD") || v.currency().equals("BASE"))
                .findFirst();
    }

    /** Returns an account value in one currency, e.g. {@code value("TotalCashBalance", "EUR")}. */
    public Optional<AccountValue> value(String key, String currency) {
        return accountValues.stream().filter(v -> v.key().equals(key) && v.currency().equals(currency)).findFirst();
    }
}
