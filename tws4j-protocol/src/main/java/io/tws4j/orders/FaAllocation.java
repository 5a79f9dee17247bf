package io.tws4j.orders;

import java.util.Objects;

/**
 * How an advisor's order is allocated to client accounts: to a group, by a method, with a
 * percentage. Empty when the order is for one account.
 *
 * @param group the advisor group
 * @param method the allocation method, e.g. {@code NetLiq}, {@code AvailableEquity}, {@code EqualQuantity}, {@code PctChange}
 * @param percentage the percentage, for the percent-change method
 */
public record FaAllocation(String group, String method, String percentage) {

    /** No allocation. */
    public static final FaAllocation NONE = new FaAllocation("", "", "");

    public FaAllocation {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(percentage, "percentage");
    }
}
