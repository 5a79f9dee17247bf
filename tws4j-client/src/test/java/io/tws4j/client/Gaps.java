package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.protobuf.Descriptors.FieldDescriptor;
import io.tws4j.simulator.RecordedRequest;
import java.time.Duration;
import java.util.Optional;

/** Reading the gap a resumed stream marks: data, then Interrupted, then Resumed, then data again. */
final class Gaps {
    private static final Duration NUDGE_EVERY = Duration.ofMillis(50);

    private Gaps() {}

    /** Reads past data and notices to the next Interrupted mark and returns it; fails on any other mark. */
    static <T> StreamItem.Interrupted<T> interrupted(Items<T> items) {
        while (true) {
            StreamItem<T> item = items.next();
            if (item instanceof StreamItem.Interrupted<T> interrupted) {
                return interrupted;
            }
            assertThat(item).as("before the gap").isInstanceOfAny(StreamItem.Data.class, StreamItem.Notice.class);
        }
    }

    /**
     * Reads to the Resumed mark that closes the gap and returns it, checking what TWS said about
     * the data: between the marks only notices are allowed, and data too when the socket stayed
     * up (TWS's 1100 leaves the gateway sending).
     */
    static <T> StreamItem.Resumed<T> resumed(Items<T> items, boolean dataMaintained, boolean dataInGap) {
        while (true) {
            StreamItem<T> item = items.next();
            if (item instanceof StreamItem.Resumed<T> resumed) {
                assertThat(resumed.dataMaintained()).as("data maintained").isEqualTo(dataMaintained);
                assertThat(resumed.gap()).isGreaterThanOrEqualTo(Duration.ZERO);
                return resumed;
            }
            if (dataInGap) {
                assertThat(item).as("in the gap").isInstanceOfAny(StreamItem.Data.class, StreamItem.Notice.class);
            } else {
                assertThat(item).as("in the gap").isInstanceOf(StreamItem.Notice.class);
            }
        }
    }

    /** Returns the next data item, running {@code nudge} (e.g. publishing a bulletin) until one comes. */
    static <T> T nextData(Items<T> items, Runnable nudge) {
        long deadline = System.nanoTime() + TestOptions.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            nudge.run();
            Optional<StreamItem<T>> item = items.poll(NUDGE_EVERY);
            if (item.isPresent()) {
                switch (item.get()) {
                    case StreamItem.Data<T>(T value) -> {
                        return value;
                    }
                    case StreamItem.Notice<T> notice -> { }
                    default -> fail("a mark where data was expected: " + item.get());
                }
            }
        }
        return fail("no data within " + TestOptions.WAIT);
    }

    /** Returns a recorded request's id: field 1 of every request that carries one. */
    static int requestId(RecordedRequest request) {
        FieldDescriptor field = request.body().getDescriptorForType().findFieldByNumber(1);
        assertThat(field).as("%s carries a request id", request.message()).isNotNull();
        return (int) request.body().getField(field);
    }
}
