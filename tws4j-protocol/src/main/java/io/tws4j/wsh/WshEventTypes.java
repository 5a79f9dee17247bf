package io.tws4j.wsh;

/**
 * The tags of common WSH event types, as the metadata lists them and events carry them in
 * {@link WshEvent#eventType()}; a filter selects a type with {@code "<tag>": "true"}.
 */
public final class WshEventTypes {
    /** An earnings announcement date. */
    public static final String EARNINGS_DATE = "wshe_ed";
    /** A dividend: ex-date, pay date, amount. */
    public static final String DIVIDEND = "wshe_div";
    /** A stock split. */
    public static final String SPLIT = "wshe_splits";

    private WshEventTypes() {}
}
