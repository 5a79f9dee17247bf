package io.tws4j.bench.soak;

import io.tws4j.client.Feed;
import io.tws4j.client.StreamItem;
import io.tws4j.client.Subscription;
import io.tws4j.marketdata.Tick;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What one market data stream showed during a soak: its Interrupted and Resumed marks, how long
 * each resumption took to bring the first data item, and whether the stream ended (it must not).
 */
final class StreamTally {
    final AtomicInteger interrupted = new AtomicInteger();
    final AtomicInteger resumed = new AtomicInteger();
    final AtomicInteger dataSinceResumed = new AtomicInteger();
    final AtomicReference<Throwable> failure = new AtomicReference<>();
    volatile boolean ended;
    /** Nanoseconds from each Resumed mark (stamped when the request went out again) to the first data item after it. */
    final CopyOnWriteArrayList<Long> resumeToFirstItem = new CopyOnWriteArrayList<>();
    private volatile Instant resumedAt;

    static StreamTally of(Subscription<Tick> subscription) {
        StreamTally tally = new StreamTally();
        Thread.ofVirtual().name("soak-stream").start(() -> {
            try {
                for (StreamItem<Tick> item : subscription) {
                    tally.take(item);
                }
            } catch (RuntimeException e) {
                tally.failure.set(e);
            }
            tally.ended = true;
        });
        return tally;
    }

    static StreamTally of(Feed<Tick> feed) {
        StreamTally tally = new StreamTally();
        feed.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(StreamItem<Tick> item) {
                tally.take(item);
            }

            @Override
            public void onError(Throwable error) {
                tally.failure.set(error);
                tally.ended = true;
            }

            @Override
            public void onComplete() {
                tally.ended = true;
            }
        });
        return tally;
    }

    /** The number of Resumed marks when {@link #mark()} was last called. */
    volatile int resumedBefore;

    /** Returns whether data has arrived since the latest Resumed mark (or since the start). */
    boolean flowing() {
        return dataSinceResumed.get() > 0;
    }

    /** Remembers how often the stream has resumed so far, before a fault. */
    void mark() {
        resumedBefore = resumed.get();
    }

    /** Returns whether the stream resumed since {@link #mark()} and data flowed after it. */
    boolean resumedSinceMark() {
        return resumed.get() > resumedBefore && flowing();
    }

    /** Describes the stream's counts, for a report. */
    String describe() {
        return "interrupted " + interrupted.get() + ", resumed " + resumed.get() + " (was " + resumedBefore + "), data since "
                + dataSinceResumed.get() + (ended ? ", ended: " + failure.get() : "");
    }

    private void take(StreamItem<Tick> item) {
        switch (item) {
            case StreamItem.Interrupted<Tick> gap -> interrupted.incrementAndGet();
            case StreamItem.Resumed<Tick> back -> {
                resumedAt = back.at();
                dataSinceResumed.set(0);
                resumed.incrementAndGet();
            }
            case StreamItem.Data<Tick> data -> {
                if (dataSinceResumed.getAndIncrement() == 0 && resumedAt != null) {
                    resumeToFirstItem.add(Duration.between(resumedAt, Instant.now()).toNanos());
                }
            }
            default -> { }
        }
    }
}
