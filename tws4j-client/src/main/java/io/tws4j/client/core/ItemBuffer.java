package io.tws4j.client.core;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bounded queue between a stream's producers (chiefly the reader thread) and its consumer.
 * Allocates nothing per item: the ring grows lazily up to the capacity, and a waiting consumer
 * is parked and unparked directly. A full buffer refuses the item instead of dropping anything.
 *
 * <p>The end of the stream stays behind the items queued before it for a consumer that
 * {@link #take}s (the blocking view: items, then the error). A consumer that must learn of the
 * end before it takes anything (a {@code Flow} subscriber without demand) reads
 * {@link #terminal()} and has its thread woken by {@link #wakeOnEnd}.
 */
public final class ItemBuffer {
    private static final int INITIAL_SIZE = 16;

    private final int capacity;
    private final ReentrantLock consumers = new ReentrantLock();
    private Object[] ring = new Object[INITIAL_SIZE];
    private int head;
    private int size;
    /** Written under this buffer's monitor; volatile so that {@link #terminal()} reads it without taking the monitor. */
    private volatile Terminal terminal;
    private Thread waiter;
    private Thread endWatcher;

    /** Creates a buffer holding at most {@code capacity} items. */
    public ItemBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    /** Returns the most items this buffer holds. */
    public int capacity() {
        return capacity;
    }

    /**
     * Queues an item and wakes the consumer.
     *
     * @return false if the buffer is full; an item offered after the end is ignored
     */
    public boolean offer(Object item) {
        Thread wake;
        synchronized (this) {
            if (terminal != null) {
                return true;
            }
            if (size == capacity) {
                return false;
            }
            if (size == ring.length) {
                grow();
            }
            ring[(head + size) & (ring.length - 1)] = item;
            size++;
            wake = waiter;
        }
        if (wake != null) {
            LockSupport.unpark(wake);
        }
        return true;
    }

    /** Ends the stream after the items already queued; the first end wins. */
    public void terminate(Terminal end) {
        Thread wake;
        Thread watcher;
        synchronized (this) {
            if (terminal == null) {
                terminal = end;
            }
            wake = waiter;
            watcher = endWatcher;
        }
        if (wake != null) {
            LockSupport.unpark(wake);
        }
        if (watcher != null && watcher != wake) {
            LockSupport.unpark(watcher);
        }
    }

    /**
     * Returns how the stream ended, whether or not items are still queued before the end; null
     * while it runs. A volatile read: cheap enough to ask before every item.
     */
    public Terminal terminal() {
        return terminal;
    }

    /** Has {@code thread} unparked when the stream ends, whatever it is waiting for. */
    public void wakeOnEnd(Thread thread) {
        boolean ended;
        synchronized (this) {
            endWatcher = thread;
            ended = terminal != null;
        }
        if (ended) {
            LockSupport.unpark(thread);
        }
    }

    /** Returns whether the stream has ended and every item has been taken. */
    public synchronized boolean isDrained() {
        return terminal != null && size == 0;
    }

    /** Returns whether the stream has ended, read or not. */
    public synchronized boolean isTerminated() {
        return terminal != null;
    }

    /** Returns the number of queued items. */
    public synchronized int size() {
        return size;
    }

    /**
     * Takes the next item, waiting as long as needed.
     *
     * @return an item, or the {@link Terminal} once the stream is over and drained
     */
    public Object take() throws InterruptedException {
        return take(-1);
    }

    /**
     * Takes the next item, waiting at most {@code timeoutNanos} (negative: without limit; zero:
     * not at all).
     *
     * @return an item, the {@link Terminal} once the stream is over and drained, or null on timeout
     */
    public Object take(long timeoutNanos) throws InterruptedException {
        consumers.lockInterruptibly();
        try {
            long deadline = System.nanoTime() + timeoutNanos;
            while (true) {
                synchronized (this) {
                    if (size > 0) {
                        waiter = null;
                        Object item = ring[head];
                        ring[head] = null;
                        head = (head + 1) & (ring.length - 1);
                        size--;
                        return item;
                    }
                    if (terminal != null) {
                        waiter = null;
                        return terminal;
                    }
                    waiter = Thread.currentThread();
                }
                if (timeoutNanos < 0) {
                    LockSupport.park(this);
                } else {
                    long remaining = deadline - System.nanoTime();
                    if (remaining <= 0) {
                        clearWaiter();
                        return null;
                    }
                    LockSupport.parkNanos(this, Math.min(remaining, TimeUnit.SECONDS.toNanos(1)));
                }
                if (Thread.interrupted()) {
                    clearWaiter();
                    throw new InterruptedException();
                }
            }
        } finally {
            consumers.unlock();
        }
    }

    private synchronized void clearWaiter() {
        waiter = null;
    }

    private void grow() {
        Object[] bigger = new Object[ring.length * 2];
        for (int i = 0; i < size; i++) {
            bigger[i] = ring[(head + i) & (ring.length - 1)];
        }
        ring = bigger;
        head = 0;
    }
}
