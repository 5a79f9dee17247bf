package io.tws4j.simulator.news;

import io.tws4j.news.NewsBulletin;
import io.tws4j.news.codec.NewsCodec;
import io.tws4j.protocol.proto.NewsProto.CancelNewsBulletins;
import io.tws4j.protocol.proto.NewsProto.HistoricalNewsRequest;
import io.tws4j.protocol.proto.NewsProto.NewsArticleRequest;
import io.tws4j.protocol.proto.NewsProto.NewsBulletinsRequest;
import io.tws4j.protocol.proto.NewsProto.NewsProvidersRequest;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.contracts.InstrumentUniverse;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.core.GatewayEngine;
import io.tws4j.simulator.core.SessionSubscriptions;
import io.tws4j.simulator.market.MarketModel;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * IB's news at the simulated gateway. Bulletins: today's bulletins so far, and a subscription
 * per client that receives new ones as they are published (one per client, as in TWS: a repeat
 * replaces it). Providers, historical headlines and articles: {@link NewsArchive}. News ticks:
 * {@link #ticks()}, which the market data requests reach.
 */
public final class NewsHandler {
    private final List<NewsBulletin> published = new CopyOnWriteArrayList<>();
    private final Set<ClientSession> subscribers = ConcurrentHashMap.newKeySet();
    private final AtomicInteger nextId = new AtomicInteger(1);
    private final NewsTickSource ticks;

    private NewsHandler(NewsTickSource ticks) {
        this.ticks = ticks;
    }

    /** Installs the news handlers on an engine and returns the handler, for publishing and news ticks. */
    public static NewsHandler install(GatewayEngine engine, InstrumentUniverse universe, MarketModel market) {
        NewsWire wire = new NewsWire(engine.options().seed(), universe, market);
        NewsArchive archive = new NewsArchive(engine, universe, wire);
        NewsHandler handler = new NewsHandler(new NewsTickSource(engine, universe, wire));
        handler.publishQuietly(NewsBulletin.Type.REGULAR,
                "Welcome to the tws4j simulated gateway. Market data, orders and accounts here are simulated.", "");
        engine.onSessionClosed(handler.subscribers::remove);
        engine.registerSubscriptions(new SessionSubscriptions() {
            @Override
            public Map<String, Integer> count(ClientSession session) {
                return Map.of("news bulletins", handler.subscribers.contains(session) ? 1 : 0);
            }

            @Override
            public void drop(ClientSession session) {
                handler.subscribers.remove(session);
            }
        });
        engine.register(OutMessage.REQ_NEWS_BULLETINS, NewsBulletinsRequest.class, handler::subscribe);
        engine.register(OutMessage.CANCEL_NEWS_BULLETINS, CancelNewsBulletins.class,
                (session, request) -> handler.subscribers.remove(session));
        engine.register(OutMessage.REQ_NEWS_PROVIDERS, NewsProvidersRequest.class, archive::providers);
        engine.register(OutMessage.REQ_NEWS_ARTICLE, NewsArticleRequest.class, archive::article);
        engine.register(OutMessage.REQ_HISTORICAL_NEWS, HistoricalNewsRequest.class, archive::historical);
        return handler;
    }

    /** Returns the source of news ticks, which whoever answers REQ_MKT_DATA consults first. */
    public NewsTickSource ticks() {
        return ticks;
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
