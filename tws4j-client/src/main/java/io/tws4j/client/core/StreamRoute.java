package io.tws4j.client.core;

import io.tws4j.client.ConnectionLostException;
import io.tws4j.client.ConnectionResetException;
import io.tws4j.client.RequestRejectedException;
import io.tws4j.client.StreamOverflowException;
import io.tws4j.client.TwsException;
import io.tws4j.connection.Notice;
import io.tws4j.protocol.wire.InMessage;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running stream: turns its messages into items in a bounded buffer, ends on an end marker,
 * an error, its consumer's cancel, or a lost connection when it does not resume, and cancels at
 * the gateway exactly once. A resuming stream survives a lost connection and TWS's 1101: it marks
 * the gap ({@link io.tws4j.client.StreamItem.Interrupted}), and is sent again under a new request
 * id with a {@link io.tws4j.client.StreamItem.Resumed} mark ahead of the new answer, into the same
 * buffer.
 */
final class StreamRoute<T> extends Request implements StreamSource, StreamSink<T> {
    private static final Logger log = LoggerFactory.getLogger(StreamRoute.class);

    private final StreamSpec<T> spec;
    private final ItemBuffer buffer;
    private final AtomicBoolean ended = new AtomicBoolean();
    /** Whether it is sent again after a loss: a resumable spec, and the subscription's (or client's) choice. */
    private final boolean resume;
    private final Interruption interruption = new Interruption();
    /** Set when a loss queued it to be sent again: the next send moves it to a new id. */
    private volatile boolean resumeOnNextSend;

    StreamRoute(Core core, StreamSpec<T> spec, int id, int capacity, boolean resume) {
        super(core, spec.name, spec.message, spec.routing, id, spec.encoder, spec.cancelMessage, spec.cancelEncoder);
        this.spec = spec;
        this.buffer = new ItemBuffer(capacity);
        this.resume = resume && spec.resumable;
    }

    @Override
    public ItemBuffer buffer() {
        return buffer;
    }

    @Override
    public int requestId() {
        return routing == Routing.REQUEST_ID ? id : -1;
    }

    @Override
    public String description() {
        return describe();
    }

    @Override
    void onMessage(InMessage type, Object message) {
        StreamSpec.Handler<Object, T> handler = spec.handler(type);
        if (handler == null) {
            log.warn("{}: ignoring unexpected {}", describe(), type);
            return;
        }
        if (!ended.get()) {
            try {
                handler.handle(message, this);
            } catch (RuntimeException e) {
                end(new Terminal(Unreadable.error(describe(), type, e)), true);
            }
        }
    }

    @Override
    void onNotice(Notice notice) {
        if (notice.endsRequest()) {
            end(new Terminal(new RequestRejectedException(notice)), false);
        } else {
            notice(notice);
        }
    }

    @Override
    public void notice(Notice notice) {
        if (!buffer.offer(new NoticeItem(notice))) {
            overflow();
        }
    }

    @Override
    public void next(T item) {
        if (!buffer.offer(item)) {
            overflow();
        }
    }

    @Override
    public void complete() {
        end(Terminal.COMPLETED, false);
    }

    @Override
    public void fail(TwsException error) {
        end(new Terminal(error), false);
    }

    @Override
    public void cancel() {
        end(Terminal.COMPLETED, true);
    }

    @Override
    AfterLoss onConnectionLost(TwsException reset, boolean reconnecting) {
        if (generation == 0) {
            return AfterLoss.SEND_AGAIN;
        }
        if (ended.get()) {
            return AfterLoss.END;
        }
        if (resume && reconnecting) {
            mark(interruption.interrupt(Instant.now(), "the connection to the gateway was lost"));
            resumeOnNextSend = true;
            return AfterLoss.SEND_AGAIN;
        }
        String lost = describe() + " ended: the connection was lost";
        end(new Terminal(reconnecting
                ? new ConnectionResetException(lost + (spec.resumable ? " and resuming is off" : "; it is not sent again")
                        + "; the client is reconnecting", reset)
                : new ConnectionLostException(lost, reset)), false);
        return AfterLoss.END;
    }

    @Override
    void resending(Instant at) {
        if (resumeOnNextSend) {
            resumeOnNextSend = false;
            moveToNewId(at);
        }
    }

    @Override
    void connectivityLost(Instant at, String reason) {
        if (resume && !ended.get()) {
            mark(interruption.interrupt(at, reason));
        }
    }

    @Override
    void connectivityRestored(Instant at) {
        if (resume && !ended.get()) {
            mark(interruption.resumeIfOpen(at, true));
        }
    }

    @Override
    Resubscription subscriptionDropped(Instant at) {
        if (!spec.resumable || ended.get()) {
            return null;
        }
        if (!resume) {
            end(new Terminal(new ConnectionLostException(describe() + " ended: TWS lost its connection to IB and dropped"
                    + " the subscription (1101), and resuming is off", null)), true);
            return null;
        }
        int oldId = id;
        moveToNewId(at);
        return resubscription(oldId);
    }

    /** Moves the stream to a fresh request id, ahead of sending it again, and marks the resumption. */
    private void moveToNewId(Instant at) {
        core.rebind(this, core.nextRequestId());
        if (ended.get()) {
            core.release(this);   // ended meanwhile: its release may have missed the new id
            return;
        }
        if (spec.onResend != null) {
            spec.onResend.run();
        }
        mark(interruption.resume(at, false));
    }

    private void mark(Object mark) {
        if (mark != null && !buffer.offer(mark)) {
            overflow();
        }
    }

    private void overflow() {
        log.error("{}: the consumer fell behind by {} items; cancelling the stream", describe(), buffer.capacity());
        end(new Terminal(new StreamOverflowException(describe(), buffer.capacity())), true);
    }

    private void end(Terminal terminal, boolean cancelAtGateway) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        core.release(this);
        if (cancelAtGateway) {
            cancelAtGateway();
        }
        buffer.terminate(terminal);
        if (spec.onEnd != null) {
            spec.onEnd.accept(Optional.ofNullable(terminal.error()));
        }
    }
}
