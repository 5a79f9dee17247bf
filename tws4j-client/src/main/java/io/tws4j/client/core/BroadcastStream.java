package io.tws4j.client.core;

import io.tws4j.client.StreamOverflowException;
import io.tws4j.client.TwsException;
import io.tws4j.connection.Notice;
import io.tws4j.protocol.wire.InMessage;
import java.time.Instant;

/**
 * One subscriber of a {@link BroadcastSpec}: an observer on the router feeding its own buffer.
 * It sends nothing, so a lost connection does not end it: it marks the gap
 * ({@link io.tws4j.client.StreamItem.Interrupted}, then {@link io.tws4j.client.StreamItem.Resumed}
 * once a new connection is up) and goes on observing.
 */
final class BroadcastStream<T> extends BufferedSource implements StreamSink<T>, Router.Observer {
    private final Core core;
    private final BroadcastSpec<T> spec;
    private final Interruption interruption = new Interruption();

    BroadcastStream(Core core, BroadcastSpec<T> spec, int capacity) {
        super(capacity);
        this.core = core;
        this.spec = spec;
    }

    @Override
    public void observe(Connection source, InMessage type, Object message) {
        StreamSpec.Handler<Object, T> handler = spec.handler(type);
        if (handler != null && !hasEnded()) {
            try {
                handler.handle(message, this);
            } catch (RuntimeException e) {
                fail(Unreadable.error(spec.name, type, e));
            }
        }
    }

    @Override
    public void next(T item) {
        if (!buffer.offer(item)) {
            end(new Terminal(new StreamOverflowException(spec.name, buffer.capacity())));
        }
    }

    @Override
    public void notice(Notice notice) {
        if (!buffer.offer(new NoticeItem(notice))) {
            end(new Terminal(new StreamOverflowException(spec.name, buffer.capacity())));
        }
    }

    @Override
    public void complete() {
        end(Terminal.COMPLETED);
    }

    @Override
    public void fail(TwsException error) {
        end(new Terminal(error));
    }

    /** Opens a gap, unless one is open. */
    void interrupt(Instant at, String reason) {
        mark(interruption.interrupt(at, reason));
    }

    /** Closes the gap, if one is open. */
    void resume(Instant at, boolean dataMaintained) {
        mark(interruption.resumeIfOpen(at, dataMaintained));
    }

    private void mark(Object mark) {
        if (mark != null && !hasEnded() && !buffer.offer(mark)) {
            end(new Terminal(new StreamOverflowException(spec.name, buffer.capacity())));
        }
    }

    @Override
    public String description() {
        return spec.name;
    }

    @Override
    void detach() {
        core.shared().stopBroadcast(this, spec.types);
    }
}
