package io.tws4j.accounts;

import java.util.Objects;

/**
 * A soft-dollar tier: a research arrangement commissions can be charged to.
 *
 * @param name the tier's name
 * @param value the tier's value, as TWS sends it
 * @param displayName the name TWS shows
 */
public record SoftDollarTier(String name, String value, String displayName) {

    /** No tier. */
    public static final SoftDollarTier NONE = new SoftDollarTier("", "", "");

    public SoftDollarTier {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(displayName, "displayName");
    }
}
