package io.tws4j.simulator.core;

import io.tws4j.simulator.OutboundLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One session's way out: producers (request handlers, feeds, timers) append encoded frames to a
 * buffer and return at once; the session's own writer thread swaps the buffer out and writes it
 * to the socket in one call, so many frames share a write. Nothing but the writer ever touches
 * the socket's output, and the writer holds no lock while it writes.
 *
 * <p>The lock here is a leaf of the engine's lock order ({@code docs/simulator-engine.md}): it is
 * held only to copy bytes or swap buffers, never while calling out. The backlog (accepted, not yet
 * written, the batch being written included) is bounded by {@link OutboundLimits}: past the limit
 * the session is {@linkplain #fullSinceNanos() full}, which the gateway's watchdog turns into a
 * disconnect if it lasts; past the hard limit the owner is told at once. Nothing accepted is ever
 * dropped while the connection is open.
 *
 * <p>{@code send} without waking (a buffered burst) leaves the writer asleep until a waking send,
 * {@link #wake()}, or {@value #AUTO_WAKE_BYTES} bytes are waiting, as a flushing buffer would.
 */
final class Outbound {
    /** Bytes buffered without a wake-up after which the writer is woken anyway. */
    static final int AUTO_WAKE_BYTES = 64 * 1024;
    private static final int INITIAL_BUFFER = 4 * 1024;
    /** A buffer larger than this is not kept for reuse once written. */
    private static final int MAX_SPARE = 1024 * 1024;

    private enum State { OPEN, FINISHING, CLOSED }

    private final OutboundLimits limits;
    private final Consumer<String> overflow;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final Condition room = lock.newCondition();
    private final Condition done = lock.newCondition();
    private byte[] fill = new byte[INITIAL_BUFFER];
    private int fillLength;
    private int fillFrames;
    private byte[] spare;
    private long backlogBytes;
    private long backlogFrames;
    private boolean wakeRequested;
    private boolean writerWaiting;
    private int roomWaiters;
    private long heldUntilNanos;
    private boolean held;
    private long fullSinceNanos;
    /** Until when (nanoTime) the hard limit waits after a hold, for the writer to catch up. */
    private long graceUntilNanos = System.nanoTime();
    private long framesWritten;
    private State state = State.OPEN;
    private boolean writerDone;
    private Runnable onFinished;

    /**
     * @param overflow told (outside any lock) when the backlog passes the hard limit; it should disconnect
     */
    Outbound(OutboundLimits limits, Consumer<String> overflow) {
        this.limits = limits;
        this.overflow = overflow;
    }

    /**
     * Appends complete frames ({@code count} of them in {@code length} bytes); returns false if
     * the connection is finishing or closed, and nothing was taken.
     */
    boolean enqueue(byte[] frames, int offset, int length, int count, boolean wake) {
        boolean overHard;
        lock.lock();
        try {
            if (state != State.OPEN) {
                return false;
            }
            append(frames, offset, length, count);
            if (wake || fillLength >= AUTO_WAKE_BYTES) {
                requestWake();
            }
            // A hold is the gateway's doing: the hard limit waits for it, and for the writer to catch up after it.
            overHard = !held && System.nanoTime() - graceUntilNanos > 0
                    && (backlogBytes > limits.hardMaxBytes() || backlogFrames > limits.hardMaxFrames());
        } finally {
            lock.unlock();
        }
        if (overHard) {
            overflow.accept("more than " + limits.hardMaxFrames() + " frames or " + limits.hardMaxBytes()
                    + " bytes waiting to be written");
        }
        return true;
    }

    /**
     * Appends frames once the backlog is below half the limit, waiting for room (bulk senders
     * only: the firehose, scripted replays). Returns false if the connection ended, or if no room
     * came within the limits' time, in which case the owner has been told as for an overflow.
     */
    boolean enqueueWhenRoom(byte[] frames, int offset, int length, int count) throws InterruptedException {
        long patience = limits.maxFullTime().toNanos();
        long deadline = System.nanoTime() + patience;
        lock.lock();
        try {
            while (state == State.OPEN && overHalf()) {
                requestWake();
                if (held) {
                    // A hung gateway (stopWriting) is not the client's fault: wait without a deadline.
                    deadline = System.nanoTime() + patience;
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    break;
                }
                roomWaiters++;
                try {
                    room.awaitNanos(held ? Math.min(remaining, TimeUnit.MILLISECONDS.toNanos(50)) : remaining);
                } finally {
                    roomWaiters--;
                }
            }
            if (state == State.OPEN && !overHalf()) {
                append(frames, offset, length, count);
                requestWake();
                return true;
            }
            if (state != State.OPEN) {
                return false;
            }
        } finally {
            lock.unlock();
        }
        overflow.accept("the client took nothing for " + limits.maxFullTime().toMillis() + " ms");
        return false;
    }

    private boolean overHalf() {
        return backlogBytes > limits.maxBytes() / 2 || backlogFrames > limits.maxFrames() / 2;
    }

    /** Wakes the writer for what is buffered (a flush). */
    void wake() {
        lock.lock();
        try {
            if (fillLength > 0) {
                requestWake();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Holds everything back until {@code untilNanos} ({@link System#nanoTime()}); the backlog may grow meanwhile. */
    void holdUntil(long untilNanos) {
        lock.lock();
        try {
            held = true;
            heldUntilNanos = untilNanos;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Holds everything back until {@link #release()} (or the end of the connection). */
    void hold() {
        holdUntil(Long.MAX_VALUE);
    }

    /** Ends a hold: what waited is written, and the time a full backlog may last starts again. */
    void release() {
        lock.lock();
        try {
            held = false;
            graceUntilNanos = System.nanoTime() + limits.maxFullTime().toNanos();
            if (fullSinceNanos != 0) {
                fullSinceNanos = nonZero(System.nanoTime());
            }
            requestWake();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes nothing more, lets the writer write what is queued (or, with {@code discardQueued},
     * throws it away first, in the same step), then runs {@code then} on the writer's thread (to
     * half-close the socket). A hold ends.
     */
    void finish(Runnable then, boolean discardQueued) {
        lock.lock();
        try {
            if (state != State.OPEN) {
                return;
            }
            if (discardQueued) {
                backlogBytes -= fillLength;
                backlogFrames -= fillFrames;
                fillLength = 0;
                fillFrames = 0;
            }
            state = State.FINISHING;
            onFinished = then;
            held = false;
            wakeRequested = true;
            work.signalAll();
            room.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Stops the writer: what was not written is lost. */
    void abort() {
        lock.lock();
        try {
            state = State.CLOSED;
            backlogBytes -= fillLength;
            backlogFrames -= fillFrames;
            fillLength = 0;
            fillFrames = 0;
            work.signalAll();
            room.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until every frame accepted before this call has been written (or the connection
     * ended), whatever comes after it; false on timeout.
     */
    boolean awaitDrained(long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        lock.lock();
        try {
            long target = framesWritten + backlogFrames;
            if (fillLength > 0) {
                requestWake();
            }
            while (framesWritten < target && state != State.CLOSED && !writerDone) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return false;
                }
                roomWaiters++;
                try {
                    room.awaitNanos(remaining);
                } finally {
                    roomWaiters--;
                }
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Waits for the writer to end; false on timeout. */
    boolean awaitWriterDone(long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        lock.lock();
        try {
            while (!writerDone) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return false;
                }
                done.awaitNanos(remaining);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Returns {@link System#nanoTime()} when the backlog last reached the limit, or 0 if it is below; 0 while held. */
    long fullSinceNanos() {
        lock.lock();
        try {
            return held ? 0 : fullSinceNanos;
        } finally {
            lock.unlock();
        }
    }

    /** Returns the frames accepted and not yet written. */
    long backlogFrames() {
        lock.lock();
        try {
            return backlogFrames;
        } finally {
            lock.unlock();
        }
    }

    /** Returns the bytes accepted and not yet written. */
    long backlogBytes() {
        lock.lock();
        try {
            return backlogBytes;
        } finally {
            lock.unlock();
        }
    }

    /** Returns how many frames reached the socket. */
    long framesWritten() {
        lock.lock();
        try {
            return framesWritten;
        } finally {
            lock.unlock();
        }
    }

    /** Returns whether writing is held back. */
    boolean isHeld() {
        lock.lock();
        try {
            return held;
        } finally {
            lock.unlock();
        }
    }

    /** The writer's loop; returns when the connection ends or the socket fails (then {@code failed} is told). */
    void writeLoop(OutputStream socket, Consumer<IOException> failed) {
        try {
            while (true) {
                byte[] batch;
                int length;
                int frames;
                Runnable finished = null;
                lock.lock();
                try {
                    while (!ready()) {
                        writerWaiting = true;
                        try {
                            if (held && heldUntilNanos != Long.MAX_VALUE) {
                                long wait = heldUntilNanos - System.nanoTime();
                                if (wait <= 0) {
                                    held = false;
                                    graceUntilNanos = System.nanoTime() + limits.maxFullTime().toNanos();
                                    if (fullSinceNanos != 0) {
                                        fullSinceNanos = nonZero(System.nanoTime());
                                    }
                                    wakeRequested = true;
                                    continue;
                                }
                                work.awaitNanos(wait);
                            } else {
                                work.await();
                            }
                        } finally {
                            writerWaiting = false;
                        }
                    }
                    if (state == State.CLOSED) {
                        return;
                    }
                    if (fillLength == 0) {
                        // FINISHING with nothing left.
                        state = State.CLOSED;
                        finished = onFinished;
                        batch = null;
                        length = 0;
                        frames = 0;
                    } else {
                        batch = fill;
                        length = fillLength;
                        frames = fillFrames;
                        fill = spare != null ? spare : new byte[INITIAL_BUFFER];
                        spare = null;
                        fillLength = 0;
                        fillFrames = 0;
                        wakeRequested = false;
                    }
                } finally {
                    lock.unlock();
                }
                if (batch == null) {
                    if (finished != null) {
                        finished.run();
                    }
                    return;
                }
                socket.write(batch, 0, length);
                lock.lock();
                try {
                    backlogBytes -= length;
                    backlogFrames -= frames;
                    framesWritten += frames;
                    updateFull();
                    if (spare == null && batch.length <= MAX_SPARE) {
                        spare = batch;
                    }
                    if (roomWaiters > 0) {
                        room.signalAll();
                    }
                } finally {
                    lock.unlock();
                }
            }
        } catch (IOException e) {
            abort();
            failed.accept(e);
        } catch (InterruptedException e) {
            abort();
            Thread.currentThread().interrupt();
        } finally {
            lock.lock();
            try {
                writerDone = true;
                done.signalAll();
                room.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private boolean ready() {
        return switch (state) {
            case CLOSED -> true;
            case FINISHING -> true;
            case OPEN -> fillLength > 0 && wakeRequested && !held;
        };
    }

    private void append(byte[] frames, int offset, int length, int count) {
        int needed = fillLength + length;
        if (needed > fill.length) {
            int size = fill.length;
            while (size < needed) {
                size = size > Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE - 8 : size * 2;
            }
            byte[] grown = new byte[size];
            System.arraycopy(fill, 0, grown, 0, fillLength);
            fill = grown;
        }
        System.arraycopy(frames, offset, fill, fillLength, length);
        fillLength += length;
        fillFrames += count;
        backlogBytes += length;
        backlogFrames += count;
        if (fullSinceNanos == 0 && isFull()) {
            fullSinceNanos = nonZero(System.nanoTime());
        }
    }

    private void requestWake() {
        wakeRequested = true;
        if (writerWaiting) {
            work.signal();
        }
    }

    private void updateFull() {
        if (!isFull()) {
            fullSinceNanos = 0;
        }
    }

    private boolean isFull() {
        return backlogFrames >= limits.maxFrames() || backlogBytes >= limits.maxBytes();
    }

    private static long nonZero(long nanos) {
        return nanos == 0 ? 1 : nanos;
    }
}
