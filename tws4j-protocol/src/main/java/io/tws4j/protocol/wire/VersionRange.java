package io.tws4j.protocol.wire;

/**
 * The range of server versions a client advertises in its hello, {@code v<min>..<max>}.
 *
 * @param min the lowest version the client accepts
 * @param max the highest version the client understands
 */
public record VersionRange(int min, int max) {

    public VersionRange {
        if (min <= 0 || max < min) {
            throw new IllegalArgumentException("invalid version range " + min + ".." + max);
        }
    }

    /** Returns whether {@code version} lies inside this range. */
    public boolean contains(int version) {
        return version >= min && version <= max;
    }

    /** Returns the range as it travels: {@code v100..226}, or {@code v213} when both ends agree. */
    public String toWireString() {
        return min == max ? "v" + min : "v" + min + ".." + max;
    }

    /**
     * Parses {@code v<min>..<max>} or {@code v<n>}.
     *
     * @throws HandshakeException if the text is not a version range
     */
    public static VersionRange parse(String text) throws HandshakeException {
        if (text.length() < 2 || text.charAt(0) != 'v') {
            throw new HandshakeException("version range must start with 'v': '" + text + "'");
        }
        int dots = text.indexOf("..");
        try {
            if (dots < 0) {
                int version = Integer.parseInt(text, 1, text.length(), 10);
                return new VersionRange(version, version);
            }
            int min = Integer.parseInt(text, 1, dots, 10);
            int max = Integer.parseInt(text, dots + 2, text.length(), 10);
            return new VersionRange(min, max);
        } catch (IllegalArgumentException e) {
            throw new HandshakeException("malformed version range '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return toWireString();
    }
}
