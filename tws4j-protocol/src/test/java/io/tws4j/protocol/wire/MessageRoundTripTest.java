package io.tws4j.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random messages of every type survive encode, frame, read and parse unchanged. */
class MessageRoundTripTest {

    static Stream<Arguments> messages() {
        List<Arguments> cases = new ArrayList<>();
        for (InMessage message : InMessage.values()) {
            message.parser().ifPresent(parser -> cases.add(Arguments.of("in " + message, message.wireId(), parser)));
        }
        for (OutMessage message : OutMessage.values()) {
            message.parser().ifPresent(parser -> cases.add(Arguments.of("out " + message, message.wireId(), parser)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void randomMessagesRoundTrip(String name, int wireId, Parser<? extends Message> parser) throws IOException {
        Descriptor type = parser.parseFrom(new byte[0]).getDescriptorForType();
        RandomMessages random = new RandomMessages(new SplittableRandom(wireId * 7919L));
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        FrameWriter writer = new FrameWriter(stream, 256);
        List<Message> sent = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Message message = random.next(parser, type);
            sent.add(message);
            writer.write(wireId, message);
            assertThat(Frames.encode(wireId, message)).isEqualTo(new Frame(wireId, message.toByteArray()).toBytes());
        }
        writer.flush();

        FrameReader reader = new FrameReader(new ByteArrayInputStream(stream.toByteArray()), 64);
        for (Message expected : sent) {
            assertThat(reader.next()).isEqualTo(wireId);
            assertThat(reader.bodyLength()).isEqualTo(expected.getSerializedSize());
            assertThat(reader.parseBody(parser)).isEqualTo(expected);
        }
        assertThat(reader.next()).isEqualTo(FrameReader.END_OF_STREAM);
    }
}
