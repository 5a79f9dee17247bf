package io.tws4j.client.core;

import io.tws4j.client.ConnectionLostException;
import io.tws4j.client.ConnectionResetException;
import io.tws4j.client.StreamOverflowException;
import io.tws4j.client.TwsException;
import io.tws4j.connection.Notice;
import io.tws4j.protocol.wire.InMessage;
import java.time.Instant;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one request behind a {@link SharedStreamSpec}, and its subscribers. Messages reach every
 * subscriber's buffer; a subscriber that falls behind fails with an overflow and leaves alone.
 * When streams resume ({@link io.tws4j.client.ClientOptions#resumeStreams()}), a lost connection
 * or TWS's 1101 sends the one request again and every subscriber stays, seeing the gap marked.
 */
final class SharedStream<T> extends Request implements StreamSink<T> {
    private final SharedStreamSpec<T> spec;
    private final CopyOnWriteArrayList<Member> members = new CopyOnWriteArrayList<>();
    private final boolean resume;
    private final Interruption interruption = new Interruption();
    private volatile boolean resumeOnNextSend;

    SharedStream(Core core, SharedStreamSpec<T> spec, boolean resume) {
        super(core, spec.key, spec.message, Routing.SHARED_STREAM, -1, id -> spec.body, spec.cancelMessage,
                spec.cancelBody == null ? null : id -> spec.cancelBody);
        this.spec = spec;
        this.resume = resume;
    }

    String key() {
        return spec.key;
    }

    SharedStreamSpec<T> spec() {
        return spec;
    }

    /** Adds a subscriber; returns it. The caller decides whether to send the request. */
    StreamSource join(int capacity) {
        Member member = new Member(capacity);
        members.add(member);
        return member;
    }

    boolean isEmpty() {
        return members.isEmpty();
    }

    @Override
    void onMessage(InMessage type, Object message) {
        StreamSpec.Handler<Object, T> handler = spec.handler(type);
        if (handler != null && !members.isEmpty()) {
            try {
                handler.handle(message, this);
            } catch (RuntimeException e) {
                fail(Unreadable.error(describe(), type, e));
            }
        }
    }

    @Override
    void onNotice(Notice notice) {
        notice(notice);
    }

    @Override
    public void notice(Notice notice) {
        for (Member member : members) {
            if (!member.buffer.offer(new NoticeItem(notice))) {
                member.end(overflow(member));
            }
        }
    }

    @Override
    public void next(T item) {
        for (Member member : members) {
            if (!member.buffer.offer(item)) {
                member.end(overflow(member));
            }
        }
    }

    @Override
    public void complete() {
        endAll(Terminal.COMPLETED);
    }

    @Override
    public void fail(TwsException error) {
        endAll(new Terminal(error));
    }

    @Override
    AfterLoss onConnectionLost(TwsException reset, boolean reconnecting) {
        if (resume && reconnecting) {
            markAll(interruption.interrupt(Instant.now(), "the connection to the gateway was lost"));
            resumeOnNextSend = true;
            return AfterLoss.SEND_AGAIN;
        }
        endAll(new Terminal(reconnecting
                ? new ConnectionResetException(describe() + " ended: the connection was lost and resuming is off;"
                        + " the client is reconnecting", reset)
                : new ConnectionLostException(describe() + " ended: the connection was lost", reset)));
        return AfterLoss.END;
    }

    @Override
    void resending(Instant at) {
        if (resumeOnNextSend) {
            resumeOnNextSend = false;
            markAll(interruption.resume(at, false));
        }
    }

    @Override
    void connectivityLost(Instant at, String reason) {
        if (resume) {
            markAll(interruption.interrupt(at, reason));
        }
    }

    @Override
    void connectivityRestored(Instant at) {
        if (resume) {
            markAll(interruption.resumeIfOpen(at, true));
        }
    }

    @Override
    Resubscription subscriptionDropped(Instant at) {
        if (!resume) {
            endAll(new Terminal(new ConnectionLostException(describe() + " ended: TWS lost its connection to IB and"
                    + " dropped the subscription (1101), and resuming is off", null)));
            return null;
        }
        markAll(interruption.resume(at, false));
        return new Resubscription(this, null, null);
    }

    private void markAll(Object mark) {
        if (mark == null) {
            return;
        }
        for (Member member : members) {
            if (!member.buffer.offer(mark)) {
                member.end(overflow(member));
            }
        }
    }

    private void endAll(Terminal terminal) {
        for (Member member : members) {
            member.buffer.terminate(terminal);
        }
        members.clear();
        core.release(this);
    }

    private Terminal overflow(Member member) {
        return new Terminal(new StreamOverflowException(describe(), member.buffer.capacity()));
    }

    private final class Member extends BufferedSource {

        Member(int capacity) {
            super(capacity);
        }

        @Override
        public String description() {
            return describe();
        }

        @Override
        void detach() {
            core.shared().leave(SharedStream.this, this);
        }
    }

    /** Removes a subscriber; returns true if it was the last. */
    boolean remove(StreamSource member) {
        members.remove(member);
        return members.isEmpty();
    }
}
