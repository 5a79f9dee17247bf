package io.tws4j.client.core;

import io.tws4j.client.StreamOverflowException;
import io.tws4j.connection.ErrorCodes;
import io.tws4j.connection.FarmStatus;
import io.tws4j.connection.Notice;
import io.tws4j.connection.NoticeCategory;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection-wide notices (farm status, connectivity, errors with id -1, and tws4j's own)
 * and every stream subscribed to them. Each subscriber has its own buffer; one that falls
 * behind fails with an overflow without holding up the others.
 */
public final class NoticeHub {
    private static final Logger log = LoggerFactory.getLogger("io.tws4j.notices");

    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    /** Subscribes a new stream of notices, holding at most {@code capacity} unread ones. */
    public StreamSource subscribe(int capacity) {
        Listener listener = new Listener(capacity);
        listeners.add(listener);
        if (closed) {
            listener.end(Terminal.COMPLETED);
        }
        return listener;
    }

    /** Logs a notice and hands it to every subscriber. */
    public void publish(Notice notice) {
        logNotice(notice);
        for (Listener listener : listeners) {
            if (!listener.buffer.offer(notice)) {
                listener.end(new Terminal(new StreamOverflowException("notice stream", listener.buffer.capacity())));
            }
        }
    }

    /** Ends every notice stream. */
    void closeAll(Terminal end) {
        closed = true;
        for (Listener listener : listeners) {
            listener.end(end);
        }
    }

    private static void logNotice(Notice notice) {
        int code = notice.code();
        // a cancellation confirms what the program asked for
        boolean routine = notice.category() == NoticeCategory.CANCELLATION
                || notice.farmStatus().filter(status -> status == FarmStatus.OK).isPresent()
                || code == ErrorCodes.CONNECTIVITY_RESTORED_DATA_MAINTAINED || code == ErrorCodes.CLIENT_RECONNECTED;
        switch (notice.category()) {
            case WARNING, DATA_ADVISORY, CANCELLATION, CONNECTIVITY -> {
                if (routine) {
                    log.info("{}", notice);
                } else if (code == ErrorCodes.CONNECTIVITY_LOST || code == ErrorCodes.CLIENT_RECONNECT_FAILED) {
                    log.error("{}", notice);
                } else {
                    log.warn("{}", notice);
                }
            }
            case ORDER_REJECTION, ERROR -> log.error("{}", notice);
        }
    }

    private final class Listener extends BufferedSource {

        Listener(int capacity) {
            super(capacity);
        }

        @Override
        public String description() {
            return "notice stream";
        }

        @Override
        void detach() {
            listeners.remove(this);
        }
    }
}
