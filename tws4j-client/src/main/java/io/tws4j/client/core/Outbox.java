package io.tws4j.client.core;

import com.google.protobuf.MessageLite;
import io.tws4j.client.ConnectionLostException;
import io.tws4j.client.InvalidRequestException;
import io.tws4j.client.PacingLimitException;
import io.tws4j.client.PacingRule;
import io.tws4j.client.PacingRules;
import io.tws4j.client.PacingStatus;
import io.tws4j.client.TwsException;
import io.tws4j.protocol.wire.OutMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's write path: every request, message and cancel reaches the socket through here,
 * keeping to the client's {@link PacingRules}.
 *
 * <p><b>Order.</b> Messages are written one at a time, in the order they were accepted, with one
 * exception: orders (place, cancel, global cancel, exercise) and cancels of any kind have a queue
 * of their own that is served first, so they never wait behind market data or historical
 * requests (they still count toward the message rate). While other requests wait, at most
 * {@link #URGENT_RUN} of them go in a row before one other request does, so that orders filling
 * the rate cannot starve everything else. Historical requests that a historical
 * rule holds back wait in order among themselves; other requests go past them.
 *
 * <p><b>Threads.</b> When nothing waits and the rules allow it, a message is written on the
 * caller's thread, with no hop. Otherwise it is queued, and the writer thread
 * ({@code tws4j-writer-<clientId>}, virtual, alive only while something waits) writes it when its
 * turn comes. Picking a message and writing it happen under one lock, so nothing overtakes a
 * message between the two. Messages queued when the connection drops stay queued for the next
 * connection (cancels excepted: what they cancel went with the old one).
 *
 * <p><b>Deferred bodies.</b> A body given as a {@link Supplier} is built once, under the
 * connection's write lock, right before its frame is written, on whichever thread writes it, so
 * whatever it takes while it is built (an order id) reaches the gateway in the order it was taken.
 * A request's body ({@link Request#encode()}) is built the same way. A body must not send.
 *
 * <p><b>Closing.</b> {@link #close()} stops accepting; queued messages are still written in order
 * (requests not yet written are dropped, as the client is closing), and {@link #awaitWritten}
 * waits for the last one.
 */
final class Outbox {
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    /** Order messages: never held behind other requests. */
    private static final Set<OutMessage> ORDERS = EnumSet.of(OutMessage.PLACE_ORDER, OutMessage.CANCEL_ORDER,
            OutMessage.REQ_GLOBAL_CANCEL, OutMessage.EXERCISE_OPTIONS);
    private static final long NOTHING_QUEUED = -1;
    /**
     * How many order messages and cancels in a row may go while other requests wait their turn:
     * orders alone filling the rate must not starve everything else (market data a reconnect
     * sends again, say), so after this many one other request goes.
     */
    static final int URGENT_RUN = 10;

    private final Core core;
    private final PacingRules rules;
    private final LongSupplier clock;
    private final String writerName;
    /** Held from picking a message to having written it. */
    private final ReentrantLock sequence = new ReentrantLock();
    /** Guards the queues and the rules' state; never held while writing. */
    private final ReentrantLock state = new ReentrantLock();
    private final Condition progress = state.newCondition();
    private final MessageWindow rate;
    private final HistoricalPacer historical;
    private final ArrayDeque<Entry> urgent = new ArrayDeque<>();
    private final ArrayDeque<Entry> normal = new ArrayDeque<>();
    private final ArrayDeque<Entry> paced = new ArrayDeque<>();
    private long sequenceNumbers;
    /** Order messages and cancels written in a row while others waited. */
    private int urgentStreak;
    private int messagesQueued;
    private boolean accepting = true;
    private boolean writerRunning;
    private boolean recheck;
    private Thread writer;

    Outbox(Core core, PacingRules rules, String writerName, LongSupplier clock) {
        this.core = core;
        this.rules = rules;
        this.clock = clock;
        this.writerName = writerName;
        long margin = rules.margin().toNanos();
        this.rate = new MessageWindow(rules.messages(), rules.messageWindow().toNanos() + margin);
        this.historical = new HistoricalPacer(rules.historical(), margin);
    }

    /** Whether a message is an order message or a cancel, served before everything else. */
    static boolean isUrgent(OutMessage message) {
        return ORDERS.contains(message) || message.name().startsWith("CANCEL_")
                || message == OutMessage.UNSUBSCRIBE_FROM_GROUP_EVENTS;
    }

    /**
     * Writes a registered request now, or queues it for its turn. If its turn would come after
     * {@code timeout}, the request fails at once with a {@link PacingLimitException}.
     */
    void submit(Request request, Duration timeout) {
        HistoricalKey key = null;
        // only historical requests are encoded ahead of time: another body may take something
        // (an order id) that must be taken when it is written
        if (rules.historical().enabled() && HistoricalKeys.mayApply(request.message)) {
            try {
                key = HistoricalKeys.of(request.message, request.encode(), rules.historical());
            } catch (RuntimeException e) {
                request.fail(new InvalidRequestException("could not encode " + request.describe() + ": " + e));
                return;
            }
        }
        Entry entry = new Entry(request, null, null, null, key, isUrgent(request.message), false, 0);
        TwsException refused = accept(entry, timeout);
        if (refused != null) {
            request.fail(refused);
        }
    }

    /**
     * Writes a message now, or queues it for its turn. It is written on this connection or a
     * later one (a courtesy message such as a cancel only on {@code generation}'s).
     *
     * @param courtesy whether it belongs to the connection of {@code generation} only, and may be dropped quietly
     * @return completes when the frame is written; fails if it never will be
     * @throws PacingLimitException if its turn would come after {@code timeout}
     * @throws ConnectionLostException if it was written on the caller's thread and the write failed
     * @throws RuntimeException what building a deferred body threw on the caller's thread
     */
    CompletableFuture<Void> send(OutMessage message, MessageLite body, Supplier<? extends MessageLite> deferred,
                                 boolean courtesy, int generation, Duration timeout) {
        CompletableFuture<Void> written = new CompletableFuture<>();
        Entry entry = new Entry(null, message, body, deferred, null, courtesy || isUrgent(message), courtesy, generation);
        entry.written = written;
        TwsException refused = accept(entry, timeout);
        if (refused != null) {
            throw refused;
        }
        if (written.isCompletedExceptionally() && entry.writtenHere) {
            Throwable error = written.exceptionNow();
            throw error instanceof RuntimeException runtime ? runtime : new IllegalStateException(error);
        }
        return written;
    }

    /**
     * Writes frames that belong to the connection of {@code generation} only (the orders of one
     * placement, whose ids are taken as they are written): now, or in their turn ahead of every
     * other request. They are never written on a later connection: if that connection is lost
     * first, they are dropped and the future fails.
     *
     * @return completes when the frames are written, or fails once they never will be
     * @throws PacingLimitException if their turn would come after {@code timeout}
     */
    CompletableFuture<Void> sendBound(Outgoing frames, int generation, Duration timeout) {
        CompletableFuture<Void> written = new CompletableFuture<>();
        Entry entry = new Entry(null, frames.message(), null, null, frames, null, true, false, generation);
        entry.written = written;
        TwsException refused = accept(entry, timeout);
        if (refused != null) {
            throw refused;
        }
        return written;
    }

    /**
     * Drops what was bound to a connection that is gone (cancels, order placements): quietly for
     * courtesy messages, with {@code error} for the rest.
     */
    void connectionLost(int generation, TwsException error) {
        List<Entry> gone = new ArrayList<>();
        state.lock();
        try {
            for (ArrayDeque<Entry> queue : List.of(urgent, normal, paced)) {
                queue.removeIf(entry -> {
                    boolean lost = entry.isBound() && entry.generation == generation;
                    if (lost) {
                        gone.add(entry);
                    }
                    return lost;
                });
            }
            progress.signalAll();
        } finally {
            state.unlock();
        }
        for (Entry entry : gone) {
            entry.dropped(entry.courtesy ? null : error);
        }
    }

    /** Restarts the writer after a new connection is up, if anything waits. */
    void resume() {
        state.lock();
        try {
            if (hasQueued()) {
                if (writerRunning) {
                    recheck = true;
                    LockSupport.unpark(writer);
                } else {
                    startWriter();
                }
            }
        } finally {
            state.unlock();
        }
    }

    /**
     * Stops accepting and drops the queued requests (the client is closing: nobody would read
     * their answers); queued messages are still written. Returns when the writer would write the
     * last of them if nothing got in the way.
     */
    long close() {
        state.lock();
        try {
            accepting = false;
            dropRequests(urgent);
            dropRequests(normal);
            dropRequests(paced);
            if (hasQueued() && !writerRunning) {
                startWriter();
            }
            LockSupport.unpark(writer);
            progress.signalAll();
            return rate.timeOfNth(messagesQueued, clock.getAsLong());
        } finally {
            state.unlock();
        }
    }

    /**
     * Waits until every queued message is written (or will never be), at most until
     * {@code deadlineNanos}; returns whether they were.
     */
    boolean awaitWritten(long deadlineNanos) {
        state.lock();
        try {
            while (messagesQueued > 0) {
                long remaining = deadlineNanos - clock.getAsLong();
                if (remaining <= 0) {
                    return false;
                }
                progress.awaitNanos(remaining);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            state.unlock();
        }
    }

    /** Stops accepting for good and fails whatever is still queued with {@code error}. */
    void discard(TwsException error) {
        List<Entry> left = new ArrayList<>();
        state.lock();
        try {
            accepting = false;
            left.addAll(urgent);
            left.addAll(normal);
            left.addAll(paced);
            urgent.clear();
            normal.clear();
            paced.clear();
            progress.signalAll();
            LockSupport.unpark(writer);
        } finally {
            state.unlock();
        }
        List<String> lost = new ArrayList<>();
        for (Entry entry : left) {
            if (entry.written != null && !entry.courtesy) {
                lost.add(entry.describe());
            }
            entry.dropped(error);
        }
        if (!lost.isEmpty()) {
            log.error("{} message(s) accepted but never written: {} ({})", lost.size(), lost, error.getMessage());
        }
    }

    /**
     * Runs {@code action} once no write is in progress and none can start (after {@link #close()}),
     * e.g. to half-close the socket behind the last frame.
     */
    void afterLastWrite(Runnable action) {
        sequence.lock();
        try {
            action.run();
        } finally {
            sequence.unlock();
        }
    }

    /** Returns what waits now, and why. */
    PacingStatus status() {
        state.lock();
        try {
            long now = clock.getAsLong();
            Map<PacingRule, Integer> byRule = new EnumMap<>(PacingRule.class);
            Entry oldest = null;
            int waiting = 0;
            for (Entry entry : iterable(urgent, normal)) {
                if (entry.isAlive()) {
                    waiting++;
                    byRule.merge(PacingRule.MESSAGE_RATE, 1, Integer::sum);
                    oldest = older(oldest, entry);
                }
            }
            HistoricalPacer ahead = historical.copy();
            long turn = now;
            PacingRule holding = PacingRule.MESSAGE_RATE;
            for (Entry entry : paced) {
                if (!entry.isAlive()) {
                    continue;
                }
                waiting++;
                HistoricalPacer.Turn next = ahead.earliest(entry.key, turn);
                if (next.rule() != null) {
                    holding = next.rule();
                }
                // an entry whose own rules pass waits for the one before it, or for a token
                byRule.merge(holding, 1, Integer::sum);
                turn = Math.max(turn, next.at());
                ahead.record(entry.key, turn);
                oldest = older(oldest, entry);
            }
            if (waiting == 0) {
                return PacingStatus.idle();
            }
            return new PacingStatus(waiting, byRule, Duration.ofNanos(now - oldest.enqueuedNanos), Optional.of(oldest.describe()));
        } finally {
            state.unlock();
        }
    }

    // ---- accepting

    /** Writes the entry now if nothing waits before it and the rules allow, else queues it; returns a refusal, if any. */
    private TwsException accept(Entry entry, Duration timeout) {
        long now = clock.getAsLong();
        state.lock();
        try {
            if (!accepting) {
                return core.closedError();
            }
            boolean mayGo = mayGoNow(entry, now);
            if (mayGo && sequence.tryLock()) {
                spend(entry, now);
            } else {
                Estimate wait = estimate(entry, now);
                if (wait.nanos > timeout.toNanos()) {
                    return new PacingLimitException(entry.describe(), wait.rule, wait.rule.describe(rules),
                            Duration.ofNanos(wait.nanos), timeout);
                }
                enqueue(entry, now);
                return null;
            }
        } finally {
            state.unlock();
        }
        try {
            entry.writtenHere = true;
            Connection target = core.writableConnection();
            if (target == null) {
                requeue(entry);
            } else {
                write(target, entry);
            }
        } finally {
            sequence.unlock();
        }
        return null;
    }

    private boolean mayGoNow(Entry entry, long now) {
        if (rate.timeOfNth(entry.frames(), now) > now || !urgent.isEmpty()) {
            return false;
        }
        if (entry.urgent) {
            return urgentStreak < URGENT_RUN || !othersReady(now);
        }
        if (!normal.isEmpty()) {
            return false;
        }
        return entry.key == null || paced.isEmpty() && historical.earliest(entry.key, now).at() <= now;
    }

    private record Estimate(long nanos, PacingRule rule) {}

    /** Estimates the entry's wait if it were queued now, assuming nothing urgent comes after it. */
    private Estimate estimate(Entry entry, long now) {
        int ahead = entry.urgent ? urgent.size() : urgent.size() + normal.size() + (entry.key != null ? paced.size() : 0);
        long byRate = rate.timeOfNth(ahead + 1, now) - now;
        if (entry.key == null) {
            return new Estimate(byRate, PacingRule.MESSAGE_RATE);
        }
        HistoricalPacer played = historical.copy();
        long turn = now;
        PacingRule rule = PacingRule.MESSAGE_RATE;
        for (Entry waiting : paced) {
            HistoricalPacer.Turn next = played.earliest(waiting.key, turn);
            if (next.at() > turn) {
                turn = next.at();
                rule = next.rule();
            }
            played.record(waiting.key, turn);
        }
        HistoricalPacer.Turn mine = played.earliest(entry.key, turn);
        if (mine.at() > turn) {
            turn = mine.at();
            rule = mine.rule();
        }
        long byHistory = turn - now;
        return byHistory >= byRate ? new Estimate(byHistory, rule) : new Estimate(byRate, PacingRule.MESSAGE_RATE);
    }

    private void enqueue(Entry entry, long now) {
        entry.seq = sequenceNumbers++;
        entry.enqueuedNanos = now;
        queueOf(entry).addLast(entry);
        entry.count();
        if (!writerRunning) {
            startWriter();
        }
    }

    /** Puts an entry the connection could not take back at the head of its queue, for the next connection. */
    private void requeue(Entry entry) {
        state.lock();
        try {
            if (!accepting) {
                entry.dropped(core.closedError());
                return;
            }
            if (entry.seq < 0) {
                entry.seq = sequenceNumbers++;
                entry.enqueuedNanos = clock.getAsLong();
            }
            queueOf(entry).addFirst(entry);
            entry.count();
            if (!writerRunning) {
                startWriter();
            }
        } finally {
            state.unlock();
        }
    }

    private ArrayDeque<Entry> queueOf(Entry entry) {
        return entry.urgent ? urgent : entry.key != null ? paced : normal;
    }

    // ---- writing

    private void startWriter() {
        writerRunning = true;
        writer = Thread.ofVirtual().name(writerName).start(this::runWriter);
    }

    /** Writes queued entries as their turns come; ends when nothing waits or there is no connection. */
    private void runWriter() {
        while (true) {
            long park;
            Connection target = core.writableConnection();
            sequence.lock();
            try {
                Entry next;
                state.lock();
                try {
                    if (target == null) {
                        if (recheck) {
                            recheck = false;
                            continue;
                        }
                        writerRunning = false;
                        return;
                    }
                    recheck = false;
                    long now = clock.getAsLong();
                    next = pick(now);
                    park = next != null ? 0 : waitNanos(now);
                    if (next == null && park == NOTHING_QUEUED) {
                        writerRunning = false;
                        progress.signalAll();
                        return;
                    }
                } finally {
                    state.unlock();
                }
                if (next != null) {
                    write(target, next);
                    continue;
                }
            } finally {
                sequence.unlock();
            }
            LockSupport.parkNanos(this, park);
        }
    }

    /** Takes the next entry whose turn has come, spending its token; null if none has. */
    private Entry pick(long now) {
        dropDeadHeads();
        if (rate.nextFree(now) > now) {
            return null;
        }
        Entry next = urgentStreak >= URGENT_RUN ? pollOther(now) : null;
        if (next == null) {
            next = urgent.pollFirst();
        }
        if (next == null) {
            next = pollOther(now);
        }
        if (next == null) {
            return null;
        }
        if (next.frames() > 1 && rate.timeOfNth(next.frames(), now) > now) {
            queueOf(next).addFirst(next);   // a bracket waits until the rate has room for all its legs
            return null;
        }
        spend(next, now);
        progress.signalAll();
        return next;
    }

    /** Takes the next plain or historical request whose turn has come, in the order they were accepted; null if none. */
    private Entry pollOther(long now) {
        Entry plain = normal.peekFirst();
        Entry held = paced.peekFirst();
        boolean heldReady = held != null && historical.earliest(held.key, now).at() <= now;
        if (plain != null && (!heldReady || plain.seq < held.seq)) {
            return normal.pollFirst();
        }
        return heldReady ? paced.pollFirst() : null;
    }

    /** Whether a plain or historical request could go now but for the orders ahead of it. */
    private boolean othersReady(long now) {
        return !normal.isEmpty() || !paced.isEmpty() && historical.earliest(paced.peekFirst().key, now).at() <= now;
    }

    /** Spends the entry's tokens (one per frame) and its historical turn at {@code now}. */
    private void spend(Entry entry, long now) {
        for (int i = 0; i < entry.frames(); i++) {
            rate.record(now);
        }
        urgentStreak = entry.urgent && othersReady(now) ? urgentStreak + entry.frames() : 0;
        if (entry.key != null) {
            historical.record(entry.key, now);
        }
    }

    /** Returns how long until some queued entry's turn comes, or {@link #NOTHING_QUEUED}. */
    private long waitNanos(long now) {
        if (!hasQueued()) {
            return NOTHING_QUEUED;
        }
        long at = urgent.isEmpty() ? rate.nextFree(now) : rate.timeOfNth(urgent.peekFirst().frames(), now);
        if (at <= now && urgent.isEmpty() && normal.isEmpty()) {
            at = historical.earliest(paced.peekFirst().key, now).at();
        }
        return Math.max(1, at - now);
    }

    /** Writes one entry on {@code target} and settles it; called holding {@link #sequence}. */
    private void write(Connection target, Entry entry) {
        Outgoing.Claim claim;
        try {
            claim = target.write(entry);
        } catch (IOException e) {
            log.debug("writing {} failed; the reader will report the loss", entry.describe(), e);
            target.abort();
            entry.writeFailed(e);
            return;
        } catch (RuntimeException e) {
            entry.encodeFailed(e);
            return;
        }
        switch (claim) {
            case WRITE -> entry.sent();
            case DROP -> entry.dropped(core.closedError());
            case HOLD -> {
                if (entry.courtesy) {
                    entry.dropped(null);
                } else if (entry.batch != null) {
                    entry.dropped(new ConnectionLostException("the connection was lost before " + entry.describe() + " was written", null));
                } else {
                    requeue(entry);
                }
            }
        }
    }

    private void dropDeadHeads() {
        for (ArrayDeque<Entry> queue : List.of(urgent, normal, paced)) {
            while (!queue.isEmpty() && !queue.peekFirst().isAlive()) {
                queue.pollFirst();
            }
        }
    }

    private static void dropRequests(ArrayDeque<Entry> queue) {
        queue.removeIf(entry -> !entry.isMessage());
    }

    private boolean hasQueued() {
        return !urgent.isEmpty() || !normal.isEmpty() || !paced.isEmpty();
    }

    private static Entry older(Entry current, Entry candidate) {
        return current == null || candidate.enqueuedNanos < current.enqueuedNanos ? candidate : current;
    }

    @SafeVarargs
    private static Iterable<Entry> iterable(ArrayDeque<Entry>... queues) {
        List<Entry> all = new ArrayList<>();
        for (ArrayDeque<Entry> queue : queues) {
            all.addAll(queue);
        }
        return all;
    }

    /** A request or a message on its way; settles exactly once. */
    private final class Entry implements Outgoing {
        final Request request;
        final OutMessage message;
        final MessageLite body;
        final Supplier<? extends MessageLite> deferred;
        /** Frames written in one step for their own claim (an order batch), or null. */
        final Outgoing batch;
        final HistoricalKey key;
        final boolean urgent;
        final boolean courtesy;
        final int generation;
        CompletableFuture<Void> written;
        boolean writtenHere;
        /** Whether it is a queued message counted in {@link #messagesQueued} until it settles. */
        boolean counted;
        long seq = -1;
        long enqueuedNanos;

        Entry(Request request, OutMessage message, MessageLite body, Supplier<? extends MessageLite> deferred, HistoricalKey key,
              boolean urgent, boolean courtesy, int generation) {
            this(request, message, body, deferred, null, key, urgent, courtesy, generation);
        }

        Entry(Request request, OutMessage message, MessageLite body, Supplier<? extends MessageLite> deferred, Outgoing batch,
              HistoricalKey key, boolean urgent, boolean courtesy, int generation) {
            this.request = request;
            this.message = request != null ? request.message : message;
            this.body = body;
            this.deferred = deferred;
            this.batch = batch;
            this.key = key;
            this.urgent = urgent;
            this.courtesy = courtesy;
            this.generation = generation;
        }

        boolean isMessage() {
            return request == null;
        }

        /** Whether it still wants to be written: a request still registered, or any message. */
        boolean isAlive() {
            return request == null || core.isActive(request);
        }

        @Override
        public OutMessage message() {
            return message;
        }

        @Override
        public Claim claim(Connection target) {
            if (request != null) {
                return core.claim(request, target);
            }
            if (batch != null) {
                return batch.claim(target);
            }
            if (courtesy && target.generation != generation) {
                return Claim.HOLD;
            }
            return core.claimMessage(target);
        }

        @Override
        public MessageLite encode() {
            if (request != null) {
                return request.encode();
            }
            return deferred != null ? deferred.get() : body;
        }

        @Override
        public int frames() {
            return batch != null ? batch.frames() : 1;
        }

        @Override
        public void writeTo(FrameSink sink) throws IOException {
            if (batch != null) {
                batch.writeTo(sink);
            } else {
                Outgoing.super.writeTo(sink);
            }
        }

        /** Whether it belongs to the connection of {@link #generation} only. */
        boolean isBound() {
            return courtesy || batch != null;
        }

        /** Counts a queued message until it settles; called holding the state lock. */
        void count() {
            if (isMessage() && !counted) {
                counted = true;
                messagesQueued++;
            }
        }

        private void settle() {
            if (counted) {
                state.lock();
                try {
                    counted = false;
                    messagesQueued--;
                    progress.signalAll();
                } finally {
                    state.unlock();
                }
            }
        }

        void sent() {
            settle();
            if (written != null) {
                written.complete(null);
            }
        }

        void dropped(TwsException error) {
            settle();
            if (written != null) {
                if (error == null || courtesy) {
                    written.complete(null);
                } else {
                    written.completeExceptionally(error);
                }
            }
        }

        void writeFailed(IOException e) {
            settle();
            if (written != null) {
                written.completeExceptionally(new ConnectionLostException("writing " + describe() + " failed", e));
            }
        }

        void encodeFailed(RuntimeException e) {
            settle();
            if (request != null) {
                request.fail(new InvalidRequestException("could not encode " + request.describe() + ": " + e));
            } else {
                written.completeExceptionally(e);
            }
        }

        String describe() {
            return request != null ? request.describe() : message.name();
        }
    }

}
