package io.tws4j.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class HandshakeTest {

    @Test
    void helloEncodesAsIbsClientsSendIt() {
        byte[] hello = Handshake.encodeHello(new Hello(new VersionRange(100, 226), ""));

        assertThat(HexFormat.of().formatHex(hello)).isEqualTo("41504900" + "00000009" + "763130302e2e323236");
    }

    @Test
    void helloCarriesConnectOptionsAfterOneSpace() throws IOException {
        Hello sent = new Hello(new VersionRange(213, 226), "+PACEAPI");
        byte[] bytes = Handshake.encodeHello(sent);

        assertThat(new String(bytes, 8, bytes.length - 8)).isEqualTo("v213..226 +PACEAPI");
        assertThat(Handshake.readHello(new FrameReader(new ByteArrayInputStream(bytes)))).isEqualTo(sent);
    }

    @Test
    void singleVersionHelloHasNoRange() throws IOException {
        Hello sent = new Hello(new VersionRange(213, 213), "");

        assertThat(sent.toWireString()).isEqualTo("v213");
        assertThat(Handshake.readHello(new FrameReader(new ByteArrayInputStream(Handshake.encodeHello(sent))))).isEqualTo(sent);
    }

    @Test
    void ackRoundTripsWithAZoneNameContainingSpaces() throws IOException {
        HandshakeAck sent = new HandshakeAck(226, "20260914 10:00:00 China Standard Time");

        HandshakeAck read = Handshake.readAck(new FrameReader(new ByteArrayInputStream(Handshake.encodeAck(sent))));

        assertThat(read).isEqualTo(sent);
    }

    @Test
    void ackIsFoundAfterAnUnrelatedMessage() throws IOException {
        byte[] news = Frames.encodeLengthPrefixed(TextFields.encode("14", "1", "news first", "NYSE"));
        byte[] ack = Handshake.encodeAck(new HandshakeAck(213, "20250102 09:30:00 EST"));
        byte[] both = new byte[news.length + ack.length];
        System.arraycopy(news, 0, both, 0, news.length);
        System.arraycopy(ack, 0, both, news.length, ack.length);

        assertThat(Handshake.readAck(new FrameReader(new ByteArrayInputStream(both))).serverVersion()).isEqualTo(213);
    }

    @Test
    void versionRangeParsesBothForms() throws HandshakeException {
        assertThat(VersionRange.parse("v100..193")).isEqualTo(new VersionRange(100, 193));
        assertThat(VersionRange.parse("v213")).isEqualTo(new VersionRange(213, 213));
        assertThatThrownBy(() -> VersionRange.parse("100..226")).isInstanceOf(HandshakeException.class);
        assertThatThrownBy(() -> VersionRange.parse("v226..100")).isInstanceOf(HandshakeException.class);
        assertThatThrownBy(() -> VersionRange.parse("v")).isInstanceOf(HandshakeException.class);
    }
}
