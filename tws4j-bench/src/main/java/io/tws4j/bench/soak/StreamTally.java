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

    /** Returns whether the stream has resumed {@code times} times and delivered data since the last time. */
    boolean resumedAndFlowing(int times) {
        return resumed.get() >= times && dataSinceResumed.get() > 0;
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
