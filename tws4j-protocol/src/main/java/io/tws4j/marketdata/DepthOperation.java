package io.tws4j.marketdata;

/** What a depth update does to its row, numbered as on the wire. */
public enum DepthOperation {
    /** A new row at the position; the rows below move down. */
    INSERT(0),
    /** The row at the position changes. */
    UPDATE(1),
    /** The row at the position goes; the rows below move up. */
    DELETE(2);

    private final int id;

    DepthOperation(int id) {
        this.id = id;
    }

    /** Returns the number as it travels. */
    public int id() {
        return id;
    }

    /**
     * Returns the operation with this number.
     *
     * @throws IllegalArgumentException for a number TWS does not use
     */
    public static DepthOperation of(int id) {
        return switch (id) {
            case 0 -> INSERT;
            case 1 -> UPDATE;
            case 2 -> DELETE;
            default -> throw new IllegalArgumentException("no depth operation has number " + id);
        };
    }
}
