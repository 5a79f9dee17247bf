package io.tws4j.simulator.market;

/** Which part of the trading day an instant falls in. */
public enum SessionKind {
    /** The regular (liquid) hours, e.g. 9:30 to 16:00 in New York for US stocks. */
    REGULAR,
    /** Trading hours outside the regular ones: pre-market, after hours, overnight futures. */
    EXTENDED
}
