package io.tws4j.client.marketdata;

import io.tws4j.client.RequestInterruptedException;
import io.tws4j.client.TwsException;
import io.tws4j.client.core.NoticeItem;
import io.tws4j.client.core.StreamSource;
import io.tws4j.client.core.Terminal;
import io.tws4j.connection.Notice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@link Ticker} and {@link OrderBook} share: a stream's items applied to a mutable state by
 * a virtual thread of the view's own, behind a lock, so that readers on any thread get consistent
 * snapshots; the items themselves are applied without allocating. Readers wait for a newer state
 * on a condition. Notices (warnings) are kept; an error ends the view and is thrown to readers.
 *
 * @param <I> the stream's item type
 * @param <V> the snapshot type
 */
final class LiveView<I, V> {
    private static final Logger log = LoggerFactory.getLogger(LiveView.class);
    /** The most items applied under one hold of the lock, so that readers are never kept waiting long. */
    private static final int BATCH = 256;

    private final StreamSource source;
    private final Consumer<I> apply;
    private final Supplier<V> snapshot;
    private final LongSupplier updates;
    private final Consumer<Notice> onNotice;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<Notice> notices = new ArrayList<>();
    private Terminal terminal;

    /**
     * Starts applying the stream of {@code source}.
     *
     * @param apply applies one item to the state; called under the lock
     * @param snapshot copies the state; called under the lock
     * @param updates counts the items applied; called under the lock
     * @param onNotice sees each notice under the lock, e.g. to reset the state
     */
    LiveView(String name, StreamSource source, Consumer<I> apply, Supplier<V> snapshot, LongSupplier updates,
             Consumer<Notice> onNotice) {
        this.source = source;
        this.apply = apply;
        this.snapshot = snapshot;
        this.updates = updates;
        this.onNotice = onNotice;
        Thread.ofVirtual().name(name + "-" + source.requestId()).start(this::pump);
    }

    int requestId() {
        return source.requestId();
    }

    String description() {
        return source.description();
    }

    V snapshot() {
        lock.lock();
        try {
            throwIfFailed();
            return snapshot.get();
        } finally {
            lock.unlock();
        }
    }

    V awaitUpdate(long seen, Duration timeout) {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (updates.getAsLong() <= seen && terminal == null && remaining > 0) {
                remaining = changed.awaitNanos(remaining);
            }
            throwIfFailed();
            return snapshot.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestInterruptedException(source.description(), e);
        } finally {
            lock.unlock();
        }
    }

    List<Notice> notices() {
        lock.lock();
        try {
            return List.copyOf(notices);
        } finally {
            lock.unlock();
        }
    }

    boolean isActive() {
        lock.lock();
        try {
            return terminal == null;
        } finally {
            lock.unlock();
        }
    }

    void close() {
        source.cancel();
    }

    /**
     * Applies items as they come; whatever has arrived meanwhile (up to a batch) is applied under
     * the same lock, so that a change TWS sends as several messages (a book moving, a quote and
     * its greeks) is mostly seen whole.
     */
    private void pump() {
        try {
            while (true) {
                Object item = source.buffer().take();
                lock.lock();
                try {
                    for (int applied = 0; item != null; applied++) {
                        if (item instanceof Terminal end) {
                            terminal = end;
                            return;
                        }
                        accept(item);
                        item = applied < BATCH ? source.buffer().take(0) : null;
                    }
                } finally {
                    changed.signalAll();
                    lock.unlock();
                }
            }
        } catch (InterruptedException e) {
            end();
        } catch (RuntimeException e) {
            log.error("{}: could not apply an update; closing the view", source.description(), e);
            end();
        }
    }

    @SuppressWarnings("unchecked")
    private void accept(Object item) {
        if (item instanceof NoticeItem notice) {
            notices.add(notice.notice());
            onNotice.accept(notice.notice());
            log.warn("{}: {}", source.description(), notice.notice());
        } else {
            apply.accept((I) item);
        }
    }

    /** Ends the view from its own thread, keeping the state as it stands. */
    private void end() {
        source.cancel();
        lock.lock();
        try {
            terminal = Terminal.COMPLETED;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void throwIfFailed() {
        if (terminal != null && !terminal.isCompleted()) {
            TwsException error = terminal.error();
            throw error;
        }
    }
}
