package io.tws4j.accounts;

/** The marker after the initial list of positions. */
public record PositionsEnd() implements PositionUpdate {
    /** The marker. */
    public static final PositionsEnd INSTANCE = new PositionsEnd();
}
