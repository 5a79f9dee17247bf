package io.tws4j.client;

/** The gateway chose a server version outside the range tws4j speaks. */
public final class UnsupportedServerVersionException extends TwsException {
    private final int found;
    private final int minimum;
    private final int maximum;

    public UnsupportedServerVersionException(int found, int minimum, int maximum) {
        super(found < minimum
                ? "the gateway speaks server version " + found + ", but tws4j needs " + minimum
                        + " or newer (protobuf messages); update TWS or IB Gateway"
                : "the gateway chose server version " + found + ", above the " + maximum + " tws4j advertised");
        this.found = found;
        this.minimum = minimum;
        this.maximum = maximum;
    }

    /** Returns the version the gateway answered with. */
    public int found() {
        return found;
    }

    /** Returns the lowest version tws4j accepts. */
    public int minimum() {
        return minimum;
    }

    /** Returns the highest version tws4j advertised. */
    public int maximum() {
        return maximum;
    }
}
