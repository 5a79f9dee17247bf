package io.tws4j.client.core;

import io.tws4j.client.StreamItem;
import io.tws4j.client.StreamOverflowException;
import io.tws4j.client.TwsException;
import io.tws4j.connection.Notice;
import java.util.Objects;

/**
 * A stream fed by client code rather than by the router: the orders package feeds each order's
 * stream and every order update stream from its journal. Items, notices and marks
 * ({@link StreamItem.Interrupted}, ...) queue in a bounded buffer; a full buffer ends the stream
 * with a {@link StreamOverflowException}. The core ends every pushed stream still open when the
 * client shuts down.
 *
 * @param <T> the data type
 */
public final class PushedStream<T> extends BufferedSource implements StreamSink<T> {
    private final Core core;
    private final String name;
    private final Listener listener;
    private volatile Terminal ending;

    /** Hears how a pushed stream ended, on the thread that ended it. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param how how it ended; {@link Terminal#COMPLETED} when its consumer cancelled it
         * @param byConsumer whether its consumer cancelled it
         */
        void ended(Terminal how, boolean byConsumer);
    }

    PushedStream(Core core, String name, int capacity, Listener listener) {
        super(capacity);
        this.core = core;
        this.name = Objects.requireNonNull(name);
        this.listener = Objects.requireNonNull(listener);
    }

    @Override
    public void next(T item) {
        offer(item);
    }

    @Override
    public void notice(Notice notice) {
        offer(new NoticeItem(notice));
    }

    /** Queues a mark of what happened to the stream's connection. */
    public void mark(StreamItem<T> mark) {
        if (mark instanceof StreamItem.Data<T> || mark instanceof StreamItem.Notice<T>) {
            throw new IllegalArgumentException("data and notices go through next() and notice()");
        }
        offer(mark);
    }

    @Override
    public void complete() {
        finish(Terminal.COMPLETED);
    }

    @Override
    public void fail(TwsException error) {
        finish(new Terminal(error));
    }

    /** Returns whether the stream has ended (by its producer or its consumer). */
    public boolean isEnded() {
        return hasEnded();
    }

    @Override
    public String description() {
        return name;
    }

    void finish(Terminal terminal) {
        if (ending == null) {
            ending = terminal;
        }
        end(terminal);
    }

    private void offer(Object item) {
        if (!buffer.offer(item)) {
            finish(new Terminal(new StreamOverflowException(name, buffer.capacity())));
        }
    }

    @Override
    void detach() {
        core.forgetPushed(this);
        Terminal how = ending;
        listener.ended(how == null ? Terminal.COMPLETED : how, how == null);
    }
}
