package io.tws4j.client.core;

import io.tws4j.bench.CyclicStream;
import io.tws4j.bench.TickFrames;
import io.tws4j.connection.Notice;
import io.tws4j.protocol.proto.MarketDataProto.TickPrice;
import io.tws4j.protocol.wire.FrameReader;
import io.tws4j.protocol.wire.InMessage;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decode-and-route of tick frames from an in-memory stream, against a bare baseline: framing
 * with {@link DataInputStream} and parsing with the generated class, nothing else. Run with
 * {@code -prof gc} for the bytes allocated per tick.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecodeAndRouteBenchmark {
    static final int FRAMES = 1_024;
    private static final int REQUEST_ID = 1_000_000_000;

    private FrameReader reader;
    private DataInputStream bare;
    private Router router;
    private ItemBuffer delivered;
    private byte[] body;

    @Setup
    public void setUp() {
        byte[] stream = TickFrames.concatenate(TickFrames.build(REQUEST_ID, FRAMES, 42));
        reader = new FrameReader(new CyclicStream(stream), 64 * 1024);
        bare = new DataInputStream(new BufferedInputStream(new CyclicStream(stream), 64 * 1024));
        router = new Router(new NoticeHub());
        delivered = new ItemBuffer(FRAMES * 2);
        router.requests.put(REQUEST_ID, new BufferRoute(delivered));
        body = new byte[256];
    }

    /** The tws4j read path without the socket: frame, decode to a tick, route by request id, buffer, take. */
    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public void tws4jDecodeAndRoute(Blackhole blackhole) throws IOException, InterruptedException {
        for (int i = 0; i < FRAMES; i++) {
            router.dispatch(null, reader, reader.next());
            blackhole.consume(delivered.take(0));
        }
    }

    /** The bare loop: length, id, body into a buffer, generated parser. */
    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public void bareFrameAndParse(Blackhole blackhole) throws IOException {
        for (int i = 0; i < FRAMES; i++) {
            int length = bare.readInt();
            bare.readInt();
            bare.readFully(body, 0, length - 4);
            blackhole.consume(TickPrice.parser().parseFrom(body, 0, length - 4));
        }
    }

    /** A route that buffers what it receives, as a stream's route does. */
    static final class BufferRoute extends Route {
        private final ItemBuffer buffer;

        BufferRoute(ItemBuffer buffer) {
            this.buffer = buffer;
        }

        @Override
        void onMessage(InMessage type, Object message) {
            buffer.offer(message);
        }

        @Override
        void onNotice(Notice notice) {
            buffer.offer(notice);
        }
    }
}
