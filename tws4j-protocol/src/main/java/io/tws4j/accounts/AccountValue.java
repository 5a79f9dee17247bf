package io.tws4j.accounts;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One value of an account, as account updates and account summaries report it: e.g.
 * {@code NetLiquidation = 1000000.00 USD}. Values are TWS's text; {@link #decimal()} reads the
 * numeric ones.
 *
 * @param account the account
 * @param key the value's name (a tag of an account summary), e.g. {@code TotalCashValue}
 * @param value the value as TWS sent it
 * @param currency its currency, empty for values without one
 * @param modelCode the model, for account-updates-multi streams; empty otherwise
 */
public record AccountValue(String account, String key, String value, String currency, String modelCode)
        implements AccountUpdate, AccountSummaryUpdate {

    public AccountValue {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(modelCode, "modelCode");
    }

    /** A value without a model code. */
    public static AccountValue of(String account, String key, String value, String currency) {
        return new AccountValue(account, key, value, currency, "");
    }

    /** Returns the value as a decimal, if it is a number. */
    public Optional<BigDecimal> decimal() {
        try {
            return value.isBlank() ? Optional.empty() : Optional.of(new BigDecimal(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
