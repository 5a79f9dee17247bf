package io.tws4j.accounts;

/** The kinds of financial-advisor configuration TWS keeps, as XML. */
public enum FaDataType {
    /** Account groups. */
    GROUPS(1),
    /** Allocation profiles; IB folded them into groups (TWS answers error 585). */
    PROFILES(2),
    /** Account aliases. */
    ALIASES(3);

    private final int wireValue;

    FaDataType(int wireValue) {
        this.wireValue = wireValue;
    }

    /** Returns the number that travels. */
    public int wireValue() {
        return wireValue;
    }

    /** Returns the type a number names. */
    public static FaDataType of(int value) {
        for (FaDataType type : values()) {
            if (type.wireValue == value) {
                return type;
            }
        }
        throw new IllegalArgumentException("no FA data type " + value);
    }
}
