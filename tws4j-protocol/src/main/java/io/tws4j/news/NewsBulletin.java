package io.tws4j.news;

/**
 * An IB news bulletin: a message to all users, or an exchange becoming unavailable or available.
 *
 * @param id the bulletin's id
 * @param type what kind of bulletin it is
 * @param message the text
 * @param exchange the exchange it concerns, or empty
 */
public record NewsBulletin(int id, Type type, String message, String exchange) {

    /** The kinds of bulletin, numbered as on the wire. */
    public enum Type {
        /** A regular news bulletin. */
        REGULAR(1),
        /** An exchange is no longer available for trading. */
        EXCHANGE_UNAVAILABLE(2),
        /** An exchange is available for trading again. */
        EXCHANGE_AVAILABLE(3),
        /** A type this version of tws4j does not know. */
        UNKNOWN(0);

        private final int wireValue;

        Type(int wireValue) {
            this.wireValue = wireValue;
        }

        /** Returns the number that travels. */
        public int wireValue() {
            return wireValue;
        }

        /** Returns the type of a wire number, or {@link #UNKNOWN}. */
        public static Type of(int wireValue) {
            for (Type type : values()) {
                if (type.wireValue == wireValue && type != UNKNOWN) {
                    return type;
                }
            }
            return UNKNOWN;
        }
    }
}
