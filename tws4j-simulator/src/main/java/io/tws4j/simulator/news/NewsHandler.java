package io.tws4j.simulator.news;

import io.tws4j.news.NewsBulletin;
import io.tws4j.news.codec.NewsCodec;
import io.tws4j.protocol.proto.NewsProto.CancelNewsBulletins;
import io.tws4j.protocol.proto.NewsProto.NewsBulletinsRequest;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.core.GatewayEngine;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * IB's news bulletins: today's bulletins so far, and a subscription per client that receives
 * new ones as they are published. One subscription per client, as in TWS: a repeat replaces it.
 */
public final class NewsHandler {
    private final List<NewsBulletin> published = new CopyOnWriteArrayList<>();
    private final Set<ClientSession> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicInteger nextId = new AtomicInteger(1);

    private NewsHandler() {}

    /** Installs the handlers on an engine and returns the handler, for publishing. */
    public static NewsHandler install(GatewayEngine engine) {
        NewsHandler handler = new NewsHandler();
        handler.publishQuietly(NewsBulletin.Type.REGULAR,
                "Welcome to the tws4j simulated gateway. Market data, orders and accounts here are simulated.", "");
        engine.onSessionClosed(handler.subscribers::remove);
        engine.register(OutMessage.REQ_NEWS_BULLETINS, NewsBulletinsRequest.class, handler::subscribe);
        engine.register(OutMessage.CANCEL_NEWS_BULLETINS, CancelNewsBulletins.class,
                (session, request) -> handler.subscribers.remove(session));
        return handler;
    }

    /** Publishes a bulletin to every subscribed client; returns it. */
    public NewsBulletin publish(NewsBulletin.Type type, String message, String exchange) {
        NewsBulletin bulletin = publishQuietly(type, message, exchange);
        subscribers.forEach(session -> session.send(InMessage.NEWS_BULLETINS, NewsCodec.bulletin(bulletin)));
        return bulletin;
    }

    private NewsBulletin publishQuietly(NewsBulletin.Type type, String message, String exchange) {
        NewsBulletin bulletin = new NewsBulletin(nextId.getAndIncrement(), type, message, exchange);
        published.add(bulletin);
        return bulletin;
    }

    private void subscribe(ClientSession session, NewsBulletinsRequest request) {
        subscribers.add(session);
        if (request.getAllMessages()) {
            published.forEach(bulletin -> session.send(InMessage.NEWS_BULLETINS, NewsCodec.bulletin(bulletin)));
        }
    }
}
