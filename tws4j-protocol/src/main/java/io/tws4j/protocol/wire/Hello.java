package io.tws4j.protocol.wire;

/**
 * The client's first message: {@code API\0}, then a length-prefixed {@code v<min>..<max>} with
 * optional connect options after a single space.
 *
 * @param versions the server versions the client accepts
 * @param options connect options such as {@code +PACEAPI}, or empty
 */
public record Hello(VersionRange versions, String options) {

    public Hello {
        if (options.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("connect options cannot contain NUL");
        }
        options = options.strip();
    }

    /** Returns the text that travels after {@code API\0}. */
    public String toWireString() {
        return options.isEmpty() ? versions.toWireString() : versions.toWireString() + " " + options;
    }
}
