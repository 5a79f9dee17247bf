package io.tws4j.accounts;

import java.util.Objects;

/**
 * The marker after the initial download of an account's values and portfolio.
 *
 * @param account the account
 */
public record AccountUpdatesEnd(String account) implements AccountUpdate {

    public AccountUpdatesEnd {
        Objects.requireNonNull(account, "account");
    }
}
