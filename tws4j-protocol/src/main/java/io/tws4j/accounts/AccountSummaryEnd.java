package io.tws4j.accounts;

/** The marker after a complete account summary (TWS sends the summary again as values change). */
public record AccountSummaryEnd() implements AccountSummaryUpdate {
    /** The marker. */
    public static final AccountSummaryEnd INSTANCE = new AccountSummaryEnd();
}
