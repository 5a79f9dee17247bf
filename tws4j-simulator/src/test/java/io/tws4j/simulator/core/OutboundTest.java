package io.tws4j.simulator.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tws4j.simulator.OutboundLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The session's outgoing queue: order, batching, limits, holds and the two ways to close. */
class OutboundTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final Socketish socket = new Socketish();
    private final List<String> overflows = new CopyOnWriteArrayList<>();
    private Thread writer;

    @AfterEach
    void stopWriter() throws InterruptedException {
        socket.unblock();
        if (writer != null) {
            writer.interrupt();
            writer.join(WAIT);
        }
    }

    private Outbound start(OutboundLimits limits) {
        Outbound out = new Outbound(limits, overflows::add);
        writer = Thread.ofVirtual().start(() -> out.writeLoop(socket, e -> { }));
        return out;
    }

    private static byte[] frame(int value) {
        return new byte[] {0, 0, 0, 5, 0, 0, 0, 1, (byte) value};
    }

    @Test
    void framesArriveInOrderAndShareWrites() {
        Outbound out = start(OutboundLimits.defaults());
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int i = 0; i < 10_000; i++) {
            byte[] frame = frame(i);
            expected.writeBytes(frame);
            out.enqueue(frame, 0, frame.length, 1, i % 100 == 99);
        }

        await().atMost(WAIT).until(() -> out.framesWritten() == 10_000);
        assertThat(socket.bytes()).isEqualTo(expected.toByteArray());
        assertThat(socket.writes.get()).isLessThan(10_000 / 100 + 1);
        assertThat(out.backlogFrames()).isZero();
        assertThat(out.backlogBytes()).isZero();
    }

    @Test
    void aBufferedBurstWaitsForItsFlush() {
        Outbound out = start(OutboundLimits.defaults());
        out.enqueue(frame(1), 0, 9, 1, false);
        out.enqueue(frame(2), 0, 9, 1, false);

        await().during(Duration.ofMillis(100)).atMost(WAIT).until(() -> out.framesWritten() == 0);
        out.wake();
        await().atMost(WAIT).until(() -> out.framesWritten() == 2);
    }

    @Test
    void aQueueOverItsLimitIsFullUntilItDrainsAndOverTheHardLimitTellsItsOwner() {
        Outbound out = start(new OutboundLimits(10, 1 << 20, Duration.ofSeconds(1)));
        socket.block();
        for (int i = 0; i < 10; i++) {
            out.enqueue(frame(i), 0, 9, 1, true);
        }
        await().atMost(WAIT).until(() -> out.fullSinceNanos() != 0);
        for (int i = 0; i < 30; i++) {
            out.enqueue(frame(i), 0, 9, 1, true);
        }
        assertThat(overflows).isEmpty();
        out.enqueue(frame(41), 0, 9, 1, true);
        assertThat(overflows).hasSize(1).first().asString().contains("40 frames");

        socket.unblock();
        await().atMost(WAIT).until(() -> out.framesWritten() == 41);
        assertThat(out.fullSinceNanos()).isZero();
    }

    @Test
    void aHoldWritesNothingAndIsNeverFullUntilReleased() {
        Outbound out = start(new OutboundLimits(2, 1 << 20, Duration.ofSeconds(1)));
        out.hold();
        for (int i = 0; i < 5; i++) {
            out.enqueue(frame(i), 0, 9, 1, true);
        }

        await().during(Duration.ofMillis(100)).atMost(WAIT).until(() -> out.framesWritten() == 0);
        assertThat(out.fullSinceNanos()).isZero();
        out.release();
        await().atMost(WAIT).until(() -> out.framesWritten() == 5);
    }

    @Test
    void aTimedHoldEndsByItself() {
        Outbound out = start(OutboundLimits.defaults());
        out.holdUntil(System.nanoTime() + Duration.ofMillis(200).toNanos());
        out.enqueue(frame(1), 0, 9, 1, true);

        assertThat(out.framesWritten()).isZero();
        await().atMost(WAIT).until(() -> out.framesWritten() == 1);
    }

    @Test
    void finishingWritesWhatIsQueuedThenRunsItsCallbackAndTakesNothingMore() throws InterruptedException {
        Outbound out = start(OutboundLimits.defaults());
        out.enqueue(frame(1), 0, 9, 1, false);
        AtomicInteger finished = new AtomicInteger();

        out.finish(finished::incrementAndGet, false);

        assertThat(out.awaitWriterDone(WAIT.toNanos())).isTrue();
        assertThat(finished).hasValue(1);
        assertThat(socket.bytes()).isEqualTo(frame(1));
        assertThat(out.enqueue(frame(2), 0, 9, 1, true)).isFalse();
    }

    @Test
    void discardedFramesAreNeverWritten() throws InterruptedException {
        Outbound out = start(OutboundLimits.defaults());
        out.hold();
        out.enqueue(frame(1), 0, 9, 1, true);
        out.finish(() -> { }, true);

        assertThat(out.awaitWriterDone(WAIT.toNanos())).isTrue();
        assertThat(socket.bytes()).isEmpty();
        assertThat(out.backlogFrames()).isZero();
    }

    @Test
    void aBulkSenderWaitsForRoomAndGivesUpOnAClientThatTakesNothing() throws InterruptedException {
        Outbound out = start(new OutboundLimits(4, 1 << 20, Duration.ofMillis(300)));
        socket.block();
        for (int i = 0; i < 3; i++) {
            assertThat(out.enqueueWhenRoom(frame(i), 0, 9, 1)).isTrue();
        }
        long start = System.nanoTime();

        assertThat(out.enqueueWhenRoom(frame(9), 0, 9, 1)).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(overflows).hasSize(1);
    }

    /** A socket's output stream whose writes can be held up, as a client that stops reading holds them. */
    private static final class Socketish extends OutputStream {
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private volatile CountDownLatch gate = new CountDownLatch(0);
        private final AtomicInteger writes = new AtomicInteger();

        void block() {
            gate = new CountDownLatch(1);
        }

        void unblock() {
            gate.countDown();
        }

        synchronized byte[] bytes() {
            return received.toByteArray();
        }

        @Override
        public void write(int b) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                gate.await();
            } catch (InterruptedException e) {
                throw new java.io.InterruptedIOException();
            }
            writes.incrementAndGet();
            synchronized (this) {
                received.write(bytes, offset, length);
            }
        }
    }
}
