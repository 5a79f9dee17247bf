package io.tws4j.client;

import static org.assertj.core.api.Assertions.fail;

import io.tws4j.connection.Notice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A stream as a scenario reads it, whichever surface opened it: its items (data and notices) in
 * order, each wait bounded by {@link TestOptions#WAIT}, and the error that ended it thrown when
 * read. A blocking subscription is read by a virtual thread of its own; a feed is subscribed with
 * unbounded demand.
 *
 * @param <T> the data type
 */
final class Items<T> implements AutoCloseable {
    private static final Object COMPLETED = new Object();

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Runnable closer;
    private boolean ended;

    private Items(Runnable closer) {
        this.closer = closer;
    }

    static <T> Items<T> of(Subscription<T> subscription) {
        Items<T> items = new Items<>(subscription::close);
        Thread.ofVirtual().name("test-items").start(() -> {
            try {
                for (StreamItem<T> item : subscription) {
                    items.queue.add(item);
                }
                items.queue.add(COMPLETED);
            } catch (RuntimeException e) {
                items.queue.add(e);
            }
        });
        return items;
    }

    static <T> Items<T> of(Feed<T> feed) {
        Flow.Subscription[] upstream = new Flow.Subscription[1];
        Items<T> items = new Items<>(() -> {
            if (upstream[0] != null) {
                upstream[0].cancel();
            }
        });
        feed.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                upstream[0] = subscription;
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(StreamItem<T> item) {
                items.queue.add(item);
            }

            @Override
            public void onError(Throwable error) {
                items.queue.add(error);
            }

            @Override
            public void onComplete() {
                items.queue.add(COMPLETED);
            }
        });
        return items;
    }

    /** Returns the next item; fails the test if none comes in time or the stream has ended. */
    StreamItem<T> next() {
        Object taken = take(TestOptions.WAIT);
        if (taken == null) {
            fail("no item within " + TestOptions.WAIT);
        }
        if (taken == COMPLETED) {
            ended = true;
            fail("the stream ended normally");
        }
        return item(taken);
    }

    /** Returns the next item if one comes within {@code wait}; fails the test if the stream ended. */
    java.util.Optional<StreamItem<T>> poll(Duration wait) {
        Object taken = take(wait);
        if (taken == COMPLETED) {
            ended = true;
            fail("the stream ended normally");
        }
        return java.util.Optional.ofNullable(taken == null ? null : item(taken));
    }

    /** Returns the next data item of {@code type}, skipping others; fails if none comes in time. */
    <U extends T> U next(Class<U> type) {
        return type.cast(nextData(type::isInstance));
    }

    /** Returns the next data item that matches, skipping others. */
    T nextData(Predicate<? super T> wanted) {
        long deadline = System.nanoTime() + TestOptions.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (next() instanceof StreamItem.Data<T>(T value) && wanted.test(value)) {
                return value;
            }
        }
        return fail("no matching item within " + TestOptions.WAIT);
    }

    /** Returns the next notice, skipping data. */
    Notice nextNotice() {
        long deadline = System.nanoTime() + TestOptions.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (next() instanceof StreamItem.Notice<T>(var notice)) {
                return notice;
            }
        }
        return fail("no notice within " + TestOptions.WAIT);
    }

    /** Returns the items up to and including the next one of {@code kind} (a mark, say); fails if none comes in time. */
    List<StreamItem<T>> upTo(Class<?> kind) {
        List<StreamItem<T>> read = new ArrayList<>();
        long deadline = System.nanoTime() + TestOptions.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            StreamItem<T> item = next();
            read.add(item);
            if (kind.isInstance(item)) {
                return read;
            }
        }
        return fail("no " + kind.getSimpleName() + " within " + TestOptions.WAIT + "; read " + read);
    }

    /** Returns the items that arrive within {@code wait}, without failing when none or few do. */
    List<StreamItem<T>> drain(Duration wait) {
        List<StreamItem<T>> read = new ArrayList<>();
        long deadline = System.nanoTime() + wait.toNanos();
        for (Object taken = take(wait); taken != null && taken != COMPLETED; taken = take(remaining(deadline))) {
            read.add(item(taken));
        }
        return read;
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    /** Reads to the end of the stream and returns every item; throws the error that ended it. */
    List<StreamItem<T>> toEnd() {
        List<StreamItem<T>> all = new ArrayList<>();
        while (true) {
            Object taken = take(TestOptions.WAIT);
            if (taken == null) {
                return fail("the stream did not end within " + TestOptions.WAIT + "; read so far: " + all);
            }
            if (taken == COMPLETED) {
                ended = true;
                return all;
            }
            all.add(item(taken));
        }
    }

    /** Returns whether the stream has been read to its normal end. */
    boolean hasEnded() {
        return ended;
    }

    private Object take(Duration wait) {
        try {
            return queue.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private StreamItem<T> item(Object taken) {
        if (taken instanceof RuntimeException error) {
            throw error;
        }
        if (taken instanceof Throwable error) {
            throw new AssertionError("the stream failed with a checked error", error);
        }
        return (StreamItem<T>) taken;
    }

    @Override
    public void close() {
        closer.run();
    }
}
