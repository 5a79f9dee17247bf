package io.tws4j.client.core;

import io.tws4j.client.ConnectionLostException;
import io.tws4j.client.RequestRejectedException;
import io.tws4j.client.StreamOverflowException;
import io.tws4j.client.TwsException;
import io.tws4j.connection.Notice;
import io.tws4j.protocol.wire.InMessage;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running stream: turns its messages into items in a bounded buffer, ends on an end marker,
 * an error, a lost connection or its consumer's cancel, and cancels at the gateway exactly once.
 */
final class StreamRoute<T> extends Request implements StreamSource, StreamSink<T> {
    private static final Logger log = LoggerFactory.getLogger(StreamRoute.class);

    private final StreamSpec<T> spec;
    private final ItemBuffer buffer;
    private final AtomicBoolean ended = new AtomicBoolean();

    StreamRoute(Core core, StreamSpec<T> spec, int id, int capacity) {
        super(core, spec.name, spec.message, spec.routing, id, spec.encoder, spec.cancelMessage, spec.cancelEncoder);
        this.spec = spec;
        this.buffer = new ItemBuffer(capacity);
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
        end(new Terminal(reconnecting ? reset
                : new ConnectionLostException(describe() + " ended: the connection was lost", reset)), false);
        return AfterLoss.END;
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
