package io.tws4j.client.core;

import io.tws4j.client.Feed;
import io.tws4j.client.StreamItem;
import io.tws4j.client.TwsException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The asynchronous view of a stream: a cold publisher whose every subscriber opens its own
 * request. Each subscription is served by a virtual thread of its own that honours demand, so
 * signals never come from the reader thread and are never concurrent.
 *
 * <p>Terminal signals do not wait for demand (Reactive Streams rule 1.4): when the stream ends
 * with an error, {@code onError} comes at once and the items still queued are dropped; when it
 * ends normally, {@code onComplete} comes once the items queued before the end are delivered, at
 * once if there are none. Nothing is signalled after a cancel, but the error of rule 3.9.
 */
public final class FlowFeed<T> implements Feed<T> {
    private static final Logger log = LoggerFactory.getLogger(FlowFeed.class);

    private final String name;
    private final Supplier<StreamSource> opener;

    /**
     * @param name the stream's name, for thread names and logs
     * @param opener opens the stream (sends its request); called once per subscriber
     */
    public FlowFeed(String name, Supplier<StreamSource> opener) {
        this.name = name;
        this.opener = opener;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void subscribe(Flow.Subscriber<? super StreamItem<T>> subscriber) {
        start(subscriber, taken -> {
            if (taken instanceof NoticeItem notice) {
                return new StreamItem.Notice<>(notice.notice());
            }
            if (taken instanceof StreamItem<?> mark) {
                return (StreamItem<T>) mark;
            }
            return new StreamItem.Data<>((T) taken);
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public Flow.Publisher<T> data() {
        return subscriber -> start(subscriber, taken -> {
            if (taken instanceof NoticeItem notice) {
                log.warn("{}: {}", name, notice.notice());
                return null;
            }
            if (taken instanceof StreamItem<?> mark) {
                log.info("{}: {}", name, mark);
                return null;
            }
            return (T) taken;
        });
    }

    /**
     * Opens the stream on the subscribing thread, so that the request is out (and a broadcast
     * observes) by the time {@code subscribe} returns, then serves the subscriber from a thread of
     * its own.
     */
    private <S> void start(Flow.Subscriber<? super S> subscriber, Function<Object, S> mapper) {
        FeedSubscription<S> subscription = new FeedSubscription<>(subscriber, mapper);
        TwsException failure = null;
        try {
            subscription.source = opener.get();
        } catch (TwsException e) {
            failure = e;
        }
        subscriber.onSubscribe(subscription);
        if (failure != null) {
            subscriber.onError(failure);
            return;
        }
        subscription.thread = Thread.ofVirtual().name("tws4j-feed-" + name).start(subscription::run);
    }

    private final class FeedSubscription<S> implements Flow.Subscription {
        private final Flow.Subscriber<? super S> subscriber;
        private final Function<Object, S> mapper;
        private final AtomicLong demand = new AtomicLong();
        private volatile boolean cancelled;
        private volatile StreamSource source;
        private volatile Thread thread;
        private volatile IllegalArgumentException badRequest;

        FeedSubscription(Flow.Subscriber<? super S> subscriber, Function<Object, S> mapper) {
            this.subscriber = subscriber;
            this.mapper = mapper;
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                badRequest = new IllegalArgumentException("request(" + n + "): demand must be positive (rule 3.9)");
                cancel();
                return;
            }
            demand.accumulateAndGet(n, (current, added) -> current + added < 0 ? Long.MAX_VALUE : current + added);
            wake();
        }

        @Override
        public void cancel() {
            cancelled = true;
            StreamSource open = source;
            if (open != null) {
                open.cancel();
            }
            wake();
        }

        private void wake() {
            Thread serving = thread;
            if (serving != null) {
                LockSupport.unpark(serving);
            }
        }

        void run() {
            StreamSource open = source;
            if (cancelled) {
                open.cancel();
                signalBadRequest();
                return;
            }
            try {
                serve(open);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.error("{}: the subscriber threw; cancelling", name, e);
            } finally {
                open.cancel();
            }
        }

        private void serve(StreamSource open) throws InterruptedException {
            // set before demand is first read, so that a request() from now on always wakes this thread
            thread = Thread.currentThread();
            ItemBuffer buffer = open.buffer();
            buffer.wakeOnEnd(Thread.currentThread());
            while (true) {
                if (cancelled) {
                    signalBadRequest();
                    return;
                }
                Terminal end = buffer.terminal();
                if (end != null && !end.isCompleted()) {
                    subscriber.onError(end.error());
                    return;
                }
                if (demand.get() == 0) {
                    if (end != null && buffer.size() == 0) {
                        subscriber.onComplete();
                        return;
                    }
                    // woken by request(), cancel() or the stream's end
                    LockSupport.park(this);
                    continue;
                }
                Object taken = buffer.take();
                if (taken instanceof Terminal last) {
                    if (!cancelled) {
                        signal(last);
                    }
                    return;
                }
                Terminal late = buffer.terminal();
                if (late != null && !late.isCompleted()) {
                    continue;
                }
                S item = mapper.apply(taken);
                if (item != null && !cancelled) {
                    if (demand.get() != Long.MAX_VALUE) {
                        demand.decrementAndGet();
                    }
                    subscriber.onNext(item);
                }
            }
        }

        private void signal(Terminal end) {
            if (end.isCompleted()) {
                subscriber.onComplete();
            } else {
                subscriber.onError(end.error());
            }
        }

        private void signalBadRequest() {
            IllegalArgumentException bad = badRequest;
            if (bad != null) {
                subscriber.onError(bad);
            }
        }
    }
}
