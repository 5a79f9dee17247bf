package io.tws4j.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seeded random frames come back identical, whatever size chunks the stream delivers. */
class FrameRoundTripTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 2024, 90210})
    void framesSurviveAnyChunking(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<Frame> frames = new ArrayList<>();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        FrameWriter writer = new FrameWriter(stream, 1 + random.nextInt(4096));
        for (int i = 0; i < 200; i++) {
            byte[] body = new byte[random.nextInt(8) == 0 ? random.nextInt(70_000) : random.nextInt(64)];
            random.nextBytes(body);
            Frame frame = new Frame(random.nextInt(1, 400), body);
            frames.add(frame);
            writer.write(frame.rawId(), frame.body());
        }
        writer.flush();

        int maxChunk = 1 + random.nextInt(100);
        FrameReader reader = new FrameReader(new ChunkedStream(stream.toByteArray(), maxChunk, random), 1 + random.nextInt(1024));
        for (Frame expected : frames) {
            assertThat(reader.read()).isEqualTo(expected);
        }
        assertThat(reader.read()).isNull();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 11})
    void framesFedOneByteAtATime(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            byte[] body = new byte[random.nextInt(40)];
            random.nextBytes(body);
            Frame frame = new Frame(201 + random.nextInt(111), body);
            frames.add(frame);
            stream.writeBytes(frame.toBytes());
        }

        FrameReader reader = new FrameReader(new ChunkedStream(stream.toByteArray(), 1, random), 16);
        for (Frame expected : frames) {
            assertThat(reader.read()).isEqualTo(expected);
        }
        assertThat(reader.read()).isNull();
    }

    /** Hands out at most {@code maxChunk} bytes per read, like a slow socket. */
    static final class ChunkedStream extends InputStream {
        private final ByteArrayInputStream bytes;
        private final int maxChunk;
        private final SplittableRandom random;

        ChunkedStream(byte[] bytes, int maxChunk, SplittableRandom random) {
            this.bytes = new ByteArrayInputStream(bytes);
            this.maxChunk = maxChunk;
            this.random = random;
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return bytes.read(buffer, offset, Math.min(length, 1 + random.nextInt(maxChunk)));
        }
    }
}
