package io.tws4j.client;

/** The gateway's server version is too old for a request; nothing was sent. */
public final class FeatureNotSupportedException extends TwsException {
    private final int needed;
    private final int found;

    public FeatureNotSupportedException(String feature, int needed, int found) {
        super(feature + " needs server version " + needed + " or newer; the gateway speaks " + found);
        this.needed = needed;
        this.found = found;
    }

    /** Returns the server version the feature needs. */
    public int needed() {
        return needed;
    }

    /** Returns the connection's server version. */
    public int found() {
        return found;
    }
}
