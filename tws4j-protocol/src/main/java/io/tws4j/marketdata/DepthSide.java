package io.tws4j.marketdata;

/** The side of a depth book, numbered as on the wire: 0 is the ask side, 1 the bid side. */
public enum DepthSide {
    /** Offers to sell. */
    ASK(0),
    /** Bids to buy. */
    BID(1);

    private final int id;

    DepthSide(int id) {
        this.id = id;
    }

    /** Returns the number as it travels. */
    public int id() {
        return id;
    }

    /**
     * Returns the side with this number.
     *
     * @throws IllegalArgumentException for a number other than 0 and 1
     */
    public static DepthSide of(int id) {
        return switch (id) {
            case 0 -> ASK;
            case 1 -> BID;
            default -> throw new IllegalArgumentException("no depth side has number " + id);
        };
    }
}
