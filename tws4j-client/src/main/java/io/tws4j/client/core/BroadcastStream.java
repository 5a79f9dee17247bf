package io.tws4j.client.core;

import io.tws4j.client.StreamOverflowException;
import io.tws4j.client.TwsException;
import io.tws4j.connection.Notice;
import io.tws4j.protocol.wire.InMessage;

/** One subscriber of a {@link BroadcastSpec}: an observer on the router feeding its own buffer. */
final class BroadcastStream<T> extends BufferedSource implements StreamSink<T>, Router.Observer {
    private final Core core;
    private final BroadcastSpec<T> spec;

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

    @Override
    public String description() {
        return spec.name;
    }

    @Override
    void detach() {
        core.shared().stopBroadcast(this, spec.types);
    }
}
