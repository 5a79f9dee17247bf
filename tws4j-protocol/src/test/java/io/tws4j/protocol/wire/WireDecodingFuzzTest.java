package io.tws4j.protocol.wire;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * Arbitrary bytes fed to the decoders end in decoded messages or a named {@link ProtocolException},
 * never in another exception or a hang. CI replays the corpus in {@code WireDecodingFuzzTestInputs};
 * set {@code JAZZER_FUZZ=1} to search for new inputs.
 */
class WireDecodingFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void incomingFramesDecodeOrFailByName(byte[] input) throws IOException {
        FrameReader reader = new FrameReader(new ByteArrayInputStream(input), 32);
        try {
            for (int rawId = reader.next(); rawId != FrameReader.END_OF_STREAM; rawId = reader.next()) {
                decodeIncoming(reader, rawId);
            }
        } catch (ProtocolException e) {
            if (e.isFrameSkippable()) {
                throw new AssertionError("skippable errors are handled per frame", e);
            }
        }
    }

    @FuzzTest(maxDuration = "30s")
    void outgoingFramesDecodeOrFailByName(byte[] input) throws IOException {
        FrameReader reader = new FrameReader(new ByteArrayInputStream(input), 32);
        try {
            for (int rawId = reader.next(); rawId != FrameReader.END_OF_STREAM; rawId = reader.next()) {
                try {
                    OutMessage message = OutMessage.fromWireId(rawId);
                    if (message.isTextOnly()) {
                        reader.textBody();
                    } else {
                        reader.parseBody(message.parser().orElseThrow());
                    }
                } catch (ProtocolException e) {
                    requireSkippable(e);
                }
            }
        } catch (ProtocolException expected) {
            // A length out of range or a stream cut short ends the stream by name.
        }
    }

    @FuzzTest(maxDuration = "30s")
    void handshakeDecodesOrFailsByName(byte[] input) throws IOException {
        try {
            Handshake.readHello(new FrameReader(new ByteArrayInputStream(input), 16));
        } catch (ProtocolException expected) {
            // named
        }
        try {
            Handshake.readAck(new FrameReader(new ByteArrayInputStream(input), 16));
        } catch (ProtocolException | EOFException expected) {
            // named
        }
    }

    private static void decodeIncoming(FrameReader reader, int rawId) throws IOException {
        try {
            InMessage message = InMessage.fromWireId(rawId);
            if (message.isTextOnly()) {
                reader.textBody();
            } else {
                reader.parseBody(message.parser().orElseThrow());
            }
        } catch (ProtocolException e) {
            requireSkippable(e);
        }
    }

    private static void requireSkippable(ProtocolException e) throws ProtocolException {
        if (!e.isFrameSkippable()) {
            throw e;
        }
    }
}
