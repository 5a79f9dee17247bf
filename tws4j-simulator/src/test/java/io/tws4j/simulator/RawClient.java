package io.tws4j.simulator;

import com.google.protobuf.MessageLite;
import io.tws4j.connection.codec.ConnectionCodec;
import io.tws4j.protocol.wire.FrameReader;
import io.tws4j.protocol.wire.FrameWriter;
import io.tws4j.protocol.wire.Handshake;
import io.tws4j.protocol.wire.HandshakeAck;
import io.tws4j.protocol.wire.Hello;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.protocol.wire.VersionRange;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** A test client that speaks raw frames through the protocol module, as any TWS API client would. */
final class RawClient implements AutoCloseable {
    private final Socket socket;
    final FrameReader reader;
    final FrameWriter writer;

    RawClient(int port) throws IOException {
        this(port, 0);
    }

    /** Connects with a receive buffer of {@code receiveBuffer} bytes (0 for the system's default). */
    RawClient(int port, int receiveBuffer) throws IOException {
        socket = new Socket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.connect(new java.net.InetSocketAddress("127.0.0.1", port));
        socket.setSoTimeout(10_000);
        reader = new FrameReader(socket.getInputStream());
        writer = new FrameWriter(socket.getOutputStream());
    }

    HandshakeAck hello(VersionRange versions) throws IOException {
        writeRaw(Handshake.encodeHello(new Hello(versions, "")));
        return Handshake.readAck(reader);
    }

    void startApi(int clientId) throws IOException {
        send(OutMessage.START_API, ConnectionCodec.startApi(clientId, ""));
    }

    /** Connects at 213..226, starts the API and reads past the five start-up messages. */
    static RawClient started(int port, int clientId) throws IOException {
        return started(port, clientId, 0);
    }

    /** As {@link #started(int, int)}, with a receive buffer of {@code receiveBuffer} bytes. */
    static RawClient started(int port, int clientId, int receiveBuffer) throws IOException {
        RawClient client = new RawClient(port, receiveBuffer);
        client.hello(new VersionRange(213, 226));
        client.startApi(clientId);
        for (int i = 0; i < 5; i++) {
            client.next();
        }
        return client;
    }

    void send(OutMessage message, MessageLite body) throws IOException {
        writer.write(message.wireId(), body);
        writer.flush();
    }

    void writeRaw(byte[] bytes) throws IOException {
        writer.writeRaw(bytes);
        writer.flush();
    }

    /** Reads the next frame's type; the body is then read with {@link #body}. */
    InMessage next() throws IOException {
        int rawId = reader.next();
        if (rawId == FrameReader.END_OF_STREAM) {
            throw new EOFException("the gateway closed the connection");
        }
        return InMessage.fromWireId(rawId);
    }

    /** Reads frames until one of {@code type} arrives, skipping the others; returns its body. */
    <M> M nextOf(InMessage type, com.google.protobuf.Parser<M> parser) throws IOException {
        while (next() != type) {
            reader.finish();
        }
        return body(parser);
    }

    /** Half-closes: the gateway reads the end of the stream, and this client can still read. */
    void shutdownOutput() throws IOException {
        socket.shutdownOutput();
    }

    /** Sets how long a read waits before it fails with a {@link SocketTimeoutException}. */
    void setTimeout(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
    }

    <M> M body(com.google.protobuf.Parser<M> parser) throws IOException {
        return reader.parseBody(parser);
    }

    /** Returns whether the gateway closed the connection (reads until end of stream or timeout). */
    boolean isClosedByGateway() throws IOException {
        try {
            while (reader.next() != FrameReader.END_OF_STREAM) {
                reader.finish();
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
