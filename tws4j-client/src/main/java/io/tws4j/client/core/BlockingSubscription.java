package io.tws4j.client.core;

import io.tws4j.client.RequestInterruptedException;
import io.tws4j.client.StreamItem;
import io.tws4j.client.Subscription;
import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The blocking view of a stream: the consumer's thread takes items straight from the buffer. */
public final class BlockingSubscription<T> implements Subscription<T> {
    private static final Logger log = LoggerFactory.getLogger(BlockingSubscription.class);

    private final StreamSource source;

    public BlockingSubscription(StreamSource source) {
        this.source = source;
    }

    @Override
    public int requestId() {
        return source.requestId();
    }

    @Override
    public Optional<StreamItem<T>> next() {
        return Optional.ofNullable(item(take(-1)));
    }

    @Override
    public Optional<StreamItem<T>> next(Duration timeout) {
        Object taken = take(Math.max(0, timeout.toNanos()));
        return taken == null ? Optional.empty() : Optional.ofNullable(item(taken));
    }

    @Override
    public Optional<StreamItem<T>> tryNext() {
        Object taken = take(0);
        return taken == null ? Optional.empty() : Optional.ofNullable(item(taken));
    }

    @Override
    public Iterable<T> data() {
        return DataIterator::new;
    }

    @Override
    public boolean isDone() {
        return source.buffer().isDrained();
    }

    @Override
    public void close() {
        source.cancel();
    }

    @Override
    public Iterator<StreamItem<T>> iterator() {
        return new ItemIterator();
    }

    @Override
    public String toString() {
        return "Subscription[" + source.description() + "]";
    }

    private Object take(long timeoutNanos) {
        try {
            return source.buffer().take(timeoutNanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestInterruptedException(source.description(), e);
        }
    }

    /** Maps a buffer entry to an item: null at a normal end, the error thrown at an abnormal one. */
    @SuppressWarnings("unchecked")
    private StreamItem<T> item(Object taken) {
        if (taken instanceof Terminal end) {
            if (end.isCompleted()) {
                return null;
            }
            throw end.error();
        }
        if (taken instanceof NoticeItem notice) {
            return new StreamItem.Notice<>(notice.notice());
        }
        if (taken instanceof StreamItem<?> mark) {
            return (StreamItem<T>) mark;
        }
        return new StreamItem.Data<>((T) taken);
    }

    private final class ItemIterator implements Iterator<StreamItem<T>> {
        private StreamItem<T> next;
        private boolean ended;

        @Override
        public boolean hasNext() {
            if (next == null && !ended) {
                next = item(take(-1));
                ended = next == null;
            }
            return next != null;
        }

        @Override
        public StreamItem<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            StreamItem<T> item = next;
            next = null;
            return item;
        }
    }

    /** Data items only, without allocating a wrapper per item. */
    private final class DataIterator implements Iterator<T> {
        private Object next;
        private boolean ended;

        @Override
        public boolean hasNext() {
            while (next == null && !ended) {
                Object taken = take(-1);
                if (taken instanceof Terminal end) {
                    ended = true;
                    if (!end.isCompleted()) {
                        throw end.error();
                    }
                } else if (taken instanceof NoticeItem notice) {
                    log.warn("{}: {}", source.description(), notice.notice());
                } else if (taken instanceof StreamItem<?> mark) {
                    log.info("{}: {}", source.description(), mark);
                } else {
                    next = taken;
                }
            }
            return next != null;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            T item = (T) next;
            next = null;
            return item;
        }
    }
}
