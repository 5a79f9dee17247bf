package io.tws4j.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A feed of the async surface seen as a {@link Subscription}, so that a scenario written against
 * the blocking surface runs through the async one too: it subscribes at once with unbounded
 * demand, hands out items as they arrive, rethrows the error that ended the feed, and cancels on
 * close. Waits are bounded by their callers or by {@link TestOptions#WAIT}.
 */
final class FeedSubscription<T> implements Subscription<T> {
    private static final Object COMPLETE = new Object();

    private final BlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
    private volatile Flow.Subscription upstream;
    private volatile boolean done;

    private FeedSubscription() {}

    /** Subscribes to a feed now. */
    static <T> FeedSubscription<T> of(Feed<T> feed) {
        FeedSubscription<T> subscription = new FeedSubscription<>();
        feed.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription.upstream = s;
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(StreamItem<T> item) {
                subscription.arrived.add(item);
            }

            @Override
            public void onError(Throwable error) {
                subscription.arrived.add(error);
            }

            @Override
            public void onComplete() {
                subscription.arrived.add(COMPLETE);
            }
        });
        return subscription;
    }

    @Override
    public int requestId() {
        return -1;
    }

    @Override
    public Optional<StreamItem<T>> next() {
        return next(TestOptions.WAIT);
    }

    @Override
    public Optional<StreamItem<T>> next(Duration timeout) {
        try {
            return item(done ? null : arrived.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Override
    public Optional<StreamItem<T>> tryNext() {
        return item(done ? null : arrived.poll());
    }

    @Override
    public Iterable<T> data() {
        return () -> new Iterator<>() {
            private T next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    Optional<StreamItem<T>> item = FeedSubscription.this.next();
                    if (item.isEmpty()) {
                        return false;
                    }
                    if (item.get() instanceof StreamItem.Data<T>(T value)) {
                        next = value;
                    }
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                T value = next;
                next = null;
                return value;
            }
        };
    }

    @Override
    public boolean isDone() {
        Object head = arrived.peek();
        return done || head == COMPLETE || head instanceof Throwable;
    }

    @Override
    public void close() {
        Flow.Subscription s = upstream;
        if (s != null) {
            s.cancel();
        }
    }

    @Override
    public Iterator<StreamItem<T>> iterator() {
        List<StreamItem<T>> items = new ArrayList<>();
        Optional<StreamItem<T>> item;
        while ((item = next()).isPresent()) {
            items.add(item.get());
        }
        return items.iterator();
    }

    @SuppressWarnings("unchecked")
    private Optional<StreamItem<T>> item(Object taken) {
        if (taken == null) {
            return Optional.empty();
        }
        if (taken == COMPLETE) {
            done = true;
            return Optional.empty();
        }
        if (taken instanceof Throwable error) {
            done = true;
            if (error instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError("the feed failed with a checked exception", error);
        }
        return Optional.of((StreamItem<T>) taken);
    }
}
