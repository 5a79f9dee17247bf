package io.tws4j.client;

import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Flow;

/**
 * The async surface's {@link Feed} read like a blocking {@link Subscription}, so that one scenario
 * checks both surfaces: it subscribes at once, asks for items one at a time as they are read, and
 * rethrows the error the feed ended with; closing cancels the feed's subscription.
 */
final class FeedSubscription<T> implements Subscription<T> {
    private static final Object COMPLETE = new Object();

    private final LinkedBlockingQueue<Object> items = new LinkedBlockingQueue<>();
    private volatile Flow.Subscription upstream;
    private boolean ended;

    private FeedSubscription(Feed<T> feed) {
        feed.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                upstream = subscription;
                subscription.request(1);
            }

            @Override
            public void onNext(StreamItem<T> item) {
                items.add(item);
            }

            @Override
            public void onError(Throwable error) {
                items.add(error);
            }

            @Override
            public void onComplete() {
                items.add(COMPLETE);
            }
        });
    }

    static <T> Subscription<T> of(Feed<T> feed) {
        return new FeedSubscription<>(feed);
    }

    @Override
    public int requestId() {
        return -1;
    }

    @Override
    public Optional<StreamItem<T>> next() {
        return next(Duration.ofDays(1));
    }

    @Override
    public Optional<StreamItem<T>> next(Duration timeout) {
        if (ended) {
            return Optional.empty();
        }
        Object taken;
        try {
            taken = items.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        return take(taken);
    }

    @Override
    public Optional<StreamItem<T>> tryNext() {
        return ended ? Optional.empty() : take(items.poll());
    }

    @Override
    @SuppressWarnings("unchecked")
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
                T item = next;
                next = null;
                return item;
            }
        };
    }

    @Override
    public boolean isDone() {
        return ended || items.peek() == COMPLETE || items.peek() instanceof Throwable;
    }

    @Override
    public void close() {
        Flow.Subscription subscription = upstream;
        if (subscription != null) {
            subscription.cancel();
        }
    }

    @Override
    public Iterator<StreamItem<T>> iterator() {
        throw new UnsupportedOperationException("read with next()");
    }

    @SuppressWarnings("unchecked")
    private Optional<StreamItem<T>> take(Object taken) {
        if (taken == null) {
            return Optional.empty();
        }
        if (taken == COMPLETE) {
            ended = true;
            return Optional.empty();
        }
        if (taken instanceof Throwable error) {
            ended = true;
            if (error instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AssertionError(error);
        }
        upstream.request(1);
        return Optional.of((StreamItem<T>) taken);
    }
}
