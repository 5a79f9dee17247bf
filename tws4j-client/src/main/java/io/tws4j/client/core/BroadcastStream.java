package io.tws4j.client.core;

import io.tws4j.client.StreamOverflowException;
import io.tws4j.client.TwsException;
import io.tws4j.connection.ErrorCodes;
import io.tws4j.protocol.wire.InMessage;
import java.util.concurrent.atomic.AtomicBoolean;

/** One subscriber of a {@link BroadcastSpec}: an observer on the router feeding its own buffer. */
final class BroadcastStream<T> implements StreamSource, StreamSink<T>, Router.Observer {
    private final Core core;
    private final BroadcastSpec<T> spec;
    private final ItemBuffer buffer;
    private final AtomicBoolean ended = new AtomicBoolean();

    BroadcastStream(Core core, BroadcastSpec<T> spec, int capacity) {
        this.core = core;
        this.spec = spec;
        this.buffer = new ItemBuffer(capacity);
    }

    @Override
    public void observe(Connection source, InMessage type, Object message) {
        StreamSpec.Handler<Object, T> handler = spec.handler(type);
        if (handler != null && !ended.get()) {
            handler.handle(message, this);
        }
    }

    @Override
    public void next(T item) {
        if (!buffer.offer(item)) {
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
    public ItemBuffer buffer() {
        return buffer;
    }

    @Override
    public int requestId() {
        return ErrorCodes.NO_REQUEST_ID;
    }

    @Override
    public String description() {
        return spec.name;
    }

    @Override
    public void cancel() {
        end(Terminal.COMPLETED);
    }

    void end(Terminal terminal) {
        if (ended.compareAndSet(false, true)) {
            core.stopBroadcast(this, spec.types);
            buffer.terminate(terminal);
        }
    }
}
