package io.tws4j.client.core;

import io.tws4j.client.ClientClosedException;
import io.tws4j.protocol.wire.InMessage;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The id-less streams of one client: shared requests with their subscribers, and broadcasts
 * observing the router. The first subscriber of a shared key sends its request, the last one
 * out cancels it.
 */
final class SharedStreams {
    private final Core core;
    private final Router router;
    private final ConcurrentHashMap<String, SharedStream<?>> streams = new ConcurrentHashMap<>();
    private final Set<BroadcastStream<?>> broadcasts = ConcurrentHashMap.newKeySet();

    SharedStreams(Core core, Router router) {
        this.core = core;
        this.router = router;
    }

    /** Joins the shared stream of {@code spec}'s key, creating and sending it for the first subscriber. */
    <T> StreamSource join(SharedStreamSpec<T> spec, int capacity) {
        while (true) {
            SharedStream<?> existing = streams.get(spec.key());
            if (existing != null) {
                synchronized (existing) {
                    if (streams.get(spec.key()) == existing) {
                        StreamSource member = existing.join(capacity);
                        if (spec.resendOnJoin) {
                            core.transmit(existing);
                        }
                        return member;
                    }
                }
                continue;
            }
            SharedStream<T> stream = new SharedStream<>(core, spec, core.options().resumeStreams());
            synchronized (stream) {
                if (streams.putIfAbsent(spec.key(), stream) != null) {
                    continue;
                }
                if (!core.register(stream)) {
                    streams.remove(spec.key(), stream);
                    throw new ClientClosedException();
                }
                router.share(spec, stream);
                StreamSource member = stream.join(capacity);
                core.transmit(stream);
                return member;
            }
        }
    }

    /** A subscriber left a shared stream; the last one out cancels it at the gateway. */
    void leave(SharedStream<?> stream, StreamSource member) {
        boolean last;
        synchronized (stream) {
            last = stream.remove(member) && streams.remove(stream.key(), stream);
        }
        if (last) {
            core.release(stream);
            stream.cancelAtGateway();
        }
    }

    /** Forgets a shared stream that ended as a whole (connection lost, client closed). */
    void forget(SharedStream<?> stream) {
        streams.remove(stream.key(), stream);
        router.unshare(stream.spec(), stream);
    }

    /** Starts observing for a broadcast subscriber. */
    <T> StreamSource observe(BroadcastSpec<T> spec, int capacity) {
        BroadcastStream<T> stream = new BroadcastStream<>(core, spec, capacity);
        for (InMessage type : spec.types) {
            router.observe(type, stream);
        }
        broadcasts.add(stream);
        return stream;
    }

    /** A broadcast subscriber stopped. */
    void stopBroadcast(BroadcastStream<?> stream, Set<InMessage> types) {
        broadcasts.remove(stream);
        for (InMessage type : types) {
            router.unobserve(type, stream);
        }
    }

    /** Ends every broadcast subscriber. */
    void endBroadcasts(Terminal terminal) {
        for (BroadcastStream<?> stream : List.copyOf(broadcasts)) {
            stream.end(terminal);
        }
    }

    /** Marks a gap in every broadcast: the connection, or TWS's own to IB (1100), was lost. */
    void interruptBroadcasts(Instant at, String reason) {
        for (BroadcastStream<?> stream : broadcasts) {
            stream.interrupt(at, reason);
        }
    }

    /**
     * Closes the gap of every broadcast that has one open: a new connection is up, or TWS
     * reported 1101 ({@code dataMaintained} false) or 1102 (true).
     */
    void resumeBroadcasts(Instant at, boolean dataMaintained) {
        for (BroadcastStream<?> stream : broadcasts) {
            stream.resume(at, dataMaintained);
        }
    }

    /** Returns the keys of the shared streams open right now. */
    Set<String> keys() {
        return Set.copyOf(streams.keySet());
    }
}
