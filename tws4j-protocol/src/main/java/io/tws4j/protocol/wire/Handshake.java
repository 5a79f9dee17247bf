package io.tws4j.protocol.wire;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Encodes and decodes both sides of the handshake that precedes framed messages. */
public final class Handshake {
    /** The four bytes a client sends first. */
    private static final byte[] PREFIX = {'A', 'P', 'I', 0};
    /** Frames tolerated before the acknowledgement; IB's Python client notes news can come first. */
    private static final int MAX_FRAMES_BEFORE_ACK = 8;

    private Handshake() {}

    /** Encodes a client's hello: {@code API\0} and the length-prefixed version string. */
    public static byte[] encodeHello(Hello hello) {
        byte[] text = Frames.encodeLengthPrefixed(hello.toWireString().getBytes(StandardCharsets.US_ASCII));
        byte[] bytes = Arrays.copyOf(PREFIX, PREFIX.length + text.length);
        System.arraycopy(text, 0, bytes, PREFIX.length, text.length);
        return bytes;
    }

    /**
     * Reads a client's hello.
     *
     * @throws HandshakeException if the prefix or the version string is wrong
     * @throws TruncatedFrameException if the stream ends inside the hello
     */
    public static Hello readHello(FrameReader reader) throws IOException {
        byte[] prefix = reader.readRaw(PREFIX.length);
        if (!Arrays.equals(prefix, PREFIX)) {
            throw new HandshakeException("a TWS API hello starts with API\\0, not " + printable(prefix));
        }
        byte[] text = reader.readLengthPrefixed();
        if (text == null) {
            throw new TruncatedFrameException("stream ended before the version string");
        }
        String hello = new String(text, StandardCharsets.US_ASCII);
        int space = hello.indexOf(' ');
        String versions = space < 0 ? hello : hello.substring(0, space);
        String options = space < 0 ? "" : hello.substring(space + 1);
        return new Hello(VersionRange.parse(versions), options);
    }

    /** Encodes the gateway's acknowledgement: {@code "<version>\0<time>\0"}, length-prefixed. */
    public static byte[] encodeAck(HandshakeAck ack) {
        return Frames.encodeLengthPrefixed(TextFields.encode(Integer.toString(ack.serverVersion()), ack.connectionTime()));
    }

    /**
     * Reads the gateway's acknowledgement, tolerating a few unrelated messages before it.
     *
     * @throws HandshakeException if no acknowledgement arrives among the first messages
     * @throws java.io.EOFException if the gateway closes the connection instead of answering
     */
    public static HandshakeAck readAck(FrameReader reader) throws IOException {
        for (int i = 0; i < MAX_FRAMES_BEFORE_ACK; i++) {
            byte[] body = reader.readLengthPrefixed();
            if (body == null) {
                throw new EOFException("the gateway closed the connection during the handshake");
            }
            HandshakeAck ack = parseAck(body);
            if (ack != null) {
                return ack;
            }
        }
        throw new HandshakeException("no handshake acknowledgement among the first " + MAX_FRAMES_BEFORE_ACK + " messages");
    }

    private static HandshakeAck parseAck(byte[] body) {
        List<String> fields;
        try {
            fields = TextFields.decode(body);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (fields.size() != 2 || fields.get(0).isEmpty()) {
            return null;
        }
        try {
            return new HandshakeAck(Integer.parseInt(fields.get(0)), fields.get(1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String printable(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(b >= 32 && b < 127 ? Character.toString(b) : String.format("\\x%02x", b));
        }
        return text.toString();
    }
}
