package io.tws4j.protocol.wire;

import static io.tws4j.protocol.wire.CapturedFramesTest.reader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.protocol.proto.MarketDataProto.TickPrice;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Each kind of malformed input ends in a named error, and never in a hang or a silent drop. */
class MalformedInputTest {

    @Test
    void lengthAboveTheMaximumIsRejectedBeforeAllocating() {
        CountingStream stream = new CountingStream("01000000 000000c9");

        assertThatThrownBy(() -> new FrameReader(stream, 8).next())
                .isInstanceOfSatisfying(FrameLengthException.class, e -> {
                    assertThat(e.length()).isEqualTo(0x1000000L);
                    assertThat(e.isFrameSkippable()).isFalse();
                });
        assertThat(stream.bytesRead.get()).isLessThanOrEqualTo(8);
    }

    @Test
    void lengthWithTheTopBitSetIsReadUnsignedAndRejected() {
        assertThatThrownBy(() -> reader("ffffffff 000000c9").next())
                .isInstanceOfSatisfying(FrameLengthException.class, e -> assertThat(e.length()).isEqualTo(0xFFFFFFFFL));
    }

    @Test
    void lengthTooShortForAnIdIsRejected() {
        assertThatThrownBy(() -> reader("00000003 000000").next()).isInstanceOf(FrameLengthException.class);
    }

    @Test
    void streamEndingInsideTheHeaderIsTruncated() {
        assertThatThrownBy(() -> reader("0000000a 0000").next()).isInstanceOf(TruncatedFrameException.class);
    }

    @Test
    void streamEndingInsideTheBodyIsTruncatedNotMalformed() throws IOException {
        FrameReader reader = reader("0000000c 000000c9 0801 1001");

        assertThat(reader.next()).isEqualTo(201);
        assertThatThrownBy(() -> reader.parseBody(TickPrice.parser())).isInstanceOf(TruncatedFrameException.class);
    }

    @Test
    void skippingAnUnreadTruncatedBodyIsTruncated() throws IOException {
        FrameReader reader = reader("0000000c 000000c9 0801");

        reader.next();
        assertThatThrownBy(reader::next).isInstanceOf(TruncatedFrameException.class);
    }

    @Test
    void bodyThatIsNotProtobufIsMalformedAndTheNextFrameStillReads() throws IOException {
        FrameReader reader = reader("00000007 000000c9 ffffff" + "00000006 000000c9 0807");

        assertThat(reader.next()).isEqualTo(201);
        assertThatThrownBy(() -> reader.parseBody(TickPrice.parser()))
                .isInstanceOfSatisfying(MalformedMessageException.class, e -> {
                    assertThat(e.rawId()).isEqualTo(201);
                    assertThat(e.isFrameSkippable()).isTrue();
                });
        assertThat(reader.next()).isEqualTo(201);
        assertThat(reader.parseBody(TickPrice.parser()).getReqId()).isEqualTo(7);
    }

    @Test
    void decoderCannotReadPastItsFrame() throws IOException {
        // A varint that would continue into the next frame's header if the limit did not stop it.
        FrameReader reader = reader("00000006 000000c9 0880" + "00000004 000000f9");

        reader.next();
        assertThatThrownBy(() -> reader.parseBody(TickPrice.parser())).isInstanceOf(MalformedMessageException.class);
        assertThat(reader.next()).isEqualTo(249);
    }

    @Test
    void unknownIncomingIdIsNamedAndSkippable() {
        assertThatThrownBy(() -> InMessage.fromWireId(200 + 60))
                .isInstanceOfSatisfying(UnknownMessageIdException.class, e -> {
                    assertThat(e.rawId()).isEqualTo(260);
                    assertThat(e.isFrameSkippable()).isTrue();
                });
        assertThatThrownBy(() -> InMessage.fromWireId(9999)).isInstanceOf(UnknownMessageIdException.class);
        assertThatThrownBy(() -> InMessage.fromWireId(0)).isInstanceOf(UnknownMessageIdException.class);
        assertThatThrownBy(() -> OutMessage.fromWireId(200 + 30)).isInstanceOf(UnknownMessageIdException.class);
    }

    @Test
    void textFrameForAProtobufMessageIsNamed() {
        assertThatThrownBy(() -> InMessage.fromWireId(InMessage.TICK_PRICE.id()))
                .isInstanceOfSatisfying(UnexpectedTextFrameException.class, e -> assertThat(e.rawId()).isEqualTo(1));
        assertThatThrownBy(() -> OutMessage.fromWireId(OutMessage.START_API.id()))
                .isInstanceOf(UnexpectedTextFrameException.class)
                .hasMessageContaining("START_API");
    }

    @Test
    void protobufIdForATextOnlyMessageIsUnknown() {
        assertThatThrownBy(() -> InMessage.fromWireId(200 + InMessage.TICK_EFP.id()))
                .isInstanceOf(UnknownMessageIdException.class);
    }

    @Test
    void textOnlyMessagesStillDecodeAsText() throws ProtocolException {
        assertThat(InMessage.fromWireId(47)).isEqualTo(InMessage.TICK_EFP);
        assertThat(OutMessage.fromWireId(72)).isEqualTo(OutMessage.VERIFY_AND_AUTH_REQUEST);
    }

    @Test
    void helloWithoutTheApiPrefixIsAHandshakeError() {
        assertThatThrownBy(() -> Handshake.readHello(reader("47455420 00000009 763130302e2e323233")))
                .isInstanceOf(HandshakeException.class)
                .hasMessageContaining("GET ");
    }

    @Test
    void helloWithAMalformedVersionStringIsAHandshakeError() {
        assertThatThrownBy(() -> Handshake.readHello(reader("41504900 00000004 7631302e")))
                .isInstanceOf(HandshakeException.class);
        assertThatThrownBy(() -> Handshake.readHello(reader("41504900 00000007 76323236 2e2e31")))
                .isInstanceOf(HandshakeException.class);
    }

    @Test
    void helloCutShortIsTruncated() {
        assertThatThrownBy(() -> Handshake.readHello(reader("41504900 00000009 7631")))
                .isInstanceOf(TruncatedFrameException.class);
        assertThatThrownBy(() -> Handshake.readHello(reader("4150")))
                .isInstanceOf(TruncatedFrameException.class);
    }

    @Test
    void ackNeverSentIsAHandshakeErrorAfterAFewMessages() {
        String unrelated = "00000004 00000001";
        assertThatThrownBy(() -> Handshake.readAck(reader(unrelated.repeat(9))))
                .isInstanceOf(HandshakeException.class);
    }

    @Test
    void gatewayClosingInsteadOfAcknowledgingIsEndOfStream() {
        assertThatThrownBy(() -> Handshake.readAck(reader(""))).isInstanceOf(EOFException.class);
    }

    private static final class CountingStream extends InputStream {
        private final ByteArrayInputStream bytes;
        final AtomicInteger bytesRead = new AtomicInteger();

        CountingStream(String hex) {
            bytes = new ByteArrayInputStream(HexFormat.of().parseHex(hex.replace(" ", "")));
        }

        @Override
        public int read() {
            int b = bytes.read();
            if (b >= 0) {
                bytesRead.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int n = bytes.read(buffer, offset, length);
            if (n > 0) {
                bytesRead.addAndGet(n);
            }
            return n;
        }
    }
}
