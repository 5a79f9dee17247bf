package io.tws4j.accounts;

/** An item of an account summary stream: a tag's value, or the marker after a complete summary. */
public sealed interface AccountSummaryUpdate permits AccountValue, AccountSummaryEnd {}
