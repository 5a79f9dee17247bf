package io.tws4j.client.marketdata;

import io.tws4j.client.RequestInterruptedException;
import io.tws4j.client.StreamItem;
import io.tws4j.client.core.NoticeItem;
import io.tws4j.client.core.StreamSource;
import io.tws4j.client.core.Terminal;
import io.tws4j.connection.Notice;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A market data stream kept as a state readable from any thread: what {@link Ticker} and
 * {@link OrderBook} share. A virtual thread of the view's own applies the stream's items to the
 * state behind a lock, allocating nothing per item; items that arrived together are applied under
 * one hold of the lock, so that a change TWS sends as several messages is mostly seen whole.
 * Readers copy the state into an immutable snapshot, or wait for a newer one. Warnings TWS sends
 * about the request are kept; an error ends the view and is thrown by its next read. Closing the
 * view cancels its request; the last state stays readable.
 *
 * <p>Across a reconnect (or TWS's 1100/1101) the view stays the same object and keeps working:
 * its request is sent again under a new id ({@link #requestId()} changes) and the new answer is
 * applied to the same state. While data is stopped, {@link #interruptedSince()} says since when,
 * so that a still snapshot is not taken for a quiet market. See {@code docs/recovery.md}.
 *
 * @param <V> the snapshot type
 */
public abstract sealed class LiveView<V> implements AutoCloseable permits Ticker, OrderBook {
    private static final Logger log = LoggerFactory.getLogger(LiveView.class);
    /** The most items applied under one hold of the lock, so that readers are never kept waiting long. */
    private static final int BATCH = 256;

    private final StreamSource source;
    private final Consumer<Object> apply;
    private final Supplier<V> snapshot;
    private final LongSupplier updates;
    private final Consumer<Notice> onNotice;
    private final Runnable onResubscribed;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<Notice> notices = new ArrayList<>();
    private Terminal terminal;
    private Instant interruptedAt;

    /**
     * Starts applying the stream of {@code source}; the functions are called under the lock.
     *
     * @param apply applies one item to the state
     * @param snapshot copies the state
     * @param updates counts the items applied
     * @param onNotice sees each notice, e.g. to reset the state
     * @param onResubscribed runs when the request was sent again and TWS did not keep its data
     *     ({@link StreamItem.Resumed} with {@code dataMaintained} false), before the new answer
     */
    LiveView(String name, StreamSource source, Consumer<Object> apply, Supplier<V> snapshot, LongSupplier updates,
             Consumer<Notice> onNotice, Runnable onResubscribed) {
        this.source = source;
        this.apply = apply;
        this.snapshot = snapshot;
        this.updates = updates;
        this.onNotice = onNotice;
        this.onResubscribed = onResubscribed;
        Thread.ofVirtual().name(name + "-" + source.requestId()).start(this::pump);
    }

    /** Returns the id of the request behind the view; a new one once it resumed after a reconnect. */
    public final int requestId() {
        return source.requestId();
    }

    /**
     * Returns the state as it stands, as of a whole number of items.
     *
     * @throws io.tws4j.client.TwsException the error that ended the view, e.g. a
     *         {@link io.tws4j.client.RequestRejectedException} with TWS's code
     */
    public final V snapshot() {
        lock.lock();
        try {
            throwIfFailed();
            return snapshot.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until more than {@code seenUpdates} items have been applied, or {@code timeout} has
     * passed, or the view has ended, and returns the state. Pass 0 to wait for the first item, or
     * the update count of the last snapshot seen.
     *
     * @throws io.tws4j.client.TwsException the error that ended the view
     * @throws RequestInterruptedException if the thread is interrupted while waiting
     */
    public final V awaitUpdate(long seenUpdates, Duration timeout) {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (updates.getAsLong() <= seenUpdates && terminal == null && remaining > 0) {
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

    /** Returns the warnings TWS sent about the request, e.g. 10167 (delayed data shown), oldest first. */
    public final List<Notice> notices() {
        lock.lock();
        try {
            return List.copyOf(notices);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns since when the view's data has been stopped (the connection, or TWS's own to IB,
     * was lost), or empty while data flows. The state is kept meanwhile; it is current again once
     * the request resumed.
     */
    public final Optional<Instant> interruptedSince() {
        lock.lock();
        try {
            return Optional.ofNullable(interruptedAt);
        } finally {
            lock.unlock();
        }
    }

    /** Returns whether the view still receives data: not closed, not ended by an error. */
    public final boolean isActive() {
        lock.lock();
        try {
            return terminal == null;
        } finally {
            lock.unlock();
        }
    }

    /** Cancels the request; the last state stays readable. Idempotent. */
    @Override
    public final void close() {
        source.cancel();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + source.description() + "]";
    }

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

    private void accept(Object item) {
        if (item instanceof NoticeItem notice) {
            notices.add(notice.notice());
            onNotice.accept(notice.notice());
            log.warn("{}: {}", source.description(), notice.notice());
        } else if (item instanceof StreamItem<?> mark) {
            log.info("{}: {}", source.description(), mark);
            switch (mark) {
                case StreamItem.Interrupted<?> interrupted -> interruptedAt = interrupted.at();
                case StreamItem.Resumed<?> resumed -> {
                    interruptedAt = null;
                    if (!resumed.dataMaintained()) {
                        onResubscribed.run();
                    }
                }
                default -> { }
            }
        } else {
            apply.accept(item);
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
            throw terminal.error();
        }
    }
}
