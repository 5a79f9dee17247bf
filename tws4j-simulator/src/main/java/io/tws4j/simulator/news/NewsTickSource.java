package io.tws4j.simulator.news;

import io.tws4j.connection.ErrorCodes;
import io.tws4j.contracts.Contract;
import io.tws4j.contracts.SecurityType;
import io.tws4j.contracts.codec.ContractsCodec;
import io.tws4j.news.NewsContracts;
import io.tws4j.news.codec.NewsCodec;
import io.tws4j.protocol.proto.MarketDataProto.MarketDataRequest;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.contracts.InstrumentUniverse;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.core.GatewayEngine;
import io.tws4j.simulator.core.GatewayScheduler;
import io.tws4j.simulator.core.SessionSubscriptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * News ticks, which ride on market data requests: a request for generic tick 292 on a contract
 * ({@code 292:BRFG+DJNL} for some providers), or any request on a broad-tape news contract
 * ({@code BRFG:BRFG_ALL}, security type NEWS). Each subscription sends TICK_NEWS as stories run
 * by the gateway's clock, looking every 100 ms of wall time; nothing is sent until a story runs
 * (inferred: TWS sends no backlog). Market data proper is not this source's: whoever answers
 * REQ_MKT_DATA asks {@link #serves} first and hands news requests here.
 *
 * <p>As TWS: an unknown contract or news contract is error 200, a request id already streaming
 * news is 102 "Duplicate ticker ID." (IB's message code table); a provider the login lacks is
 * refused as invalid, 321 (inferred).
 */
public final class NewsTickSource {
    static final Duration POLL = Duration.ofMillis(100);
    private static final String REQUEST = "REQ_MKT_DATA";
    private static final int DUPLICATE_TICKER_ID = 102;

    private final GatewayEngine engine;
    private final InstrumentUniverse universe;
    private final NewsWire wire;
    private final Map<Subscriber, GatewayScheduler.Task> subscriptions = new ConcurrentHashMap<>();

    NewsTickSource(GatewayEngine engine, InstrumentUniverse universe, NewsWire wire) {
        this.engine = engine;
        this.universe = universe;
        this.wire = wire;
        engine.onSessionClosed(this::forget);
        engine.registerSubscriptions(new SessionSubscriptions() {
            @Override
            public Map<String, Integer> count(ClientSession session) {
                return Map.of("news ticks", (int) subscriptions.keySet().stream().filter(s -> s.session() == session).count());
            }

            @Override
            public void drop(ClientSession session) {
                forget(session);
            }
        });
    }

    /** Returns whether a market data request asks for news: a NEWS contract, or generic tick 292. */
    public boolean serves(MarketDataRequest request) {
        return SecurityType.of(request.getContract().getSecType()) == SecurityType.NEWS
                || NewsCodec.newsProviders(request.getGenericTickList()).isPresent();
    }

    /** Starts the news ticks of a request {@link #serves} accepted, or answers it with TWS's error. */
    public void start(ClientSession session, MarketDataRequest request) {
        Subscriber subscriber = new Subscriber(session, request.getReqId());
        if (subscriptions.containsKey(subscriber)) {
            session.sendError(subscriber.requestId(), DUPLICATE_TICKER_ID, "Duplicate ticker ID.");
            return;
        }
        Contract contract = ContractsCodec.contract(request.getContract());
        Optional<Feed> feed = NewsContracts.provider(contract).isPresent() || contract.securityType() == SecurityType.NEWS
                ? tape(session, subscriber.requestId(), contract)
                : contractNews(session, subscriber.requestId(), contract, request.getGenericTickList());
        feed.ifPresent(found -> run(subscriber, found));
    }

    /** Stops the news ticks of a request; returns false if the request was none of this source's. */
    public boolean stop(ClientSession session, int requestId) {
        GatewayScheduler.Task task = subscriptions.remove(new Subscriber(session, requestId));
        if (task == null) {
            return false;
        }
        task.cancel();
        return true;
    }

    private Optional<Feed> tape(ClientSession session, int requestId, Contract contract) {
        Optional<NewsProviders.Source> source = NewsContracts.provider(contract).flatMap(NewsProviders::byCode);
        if (source.isEmpty()) {
            session.sendError(requestId, ErrorCodes.NO_SECURITY_DEFINITION, "No security definition has been found for the request");
            return Optional.empty();
        }
        return Optional.of(new Feed(wire.stocks(), List.of(source.get())));
    }

    private Optional<Feed> contractNews(ClientSession session, int requestId, Contract contract, String tickList) {
        Optional<Instrument> instrument = resolve(session, requestId, contract);
        if (instrument.isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = NewsCodec.newsProviders(tickList).orElse(List.of());
        Optional<List<NewsProviders.Source>> sources = codes.isEmpty() ? Optional.of(NewsProviders.ALL)
                : NewsArchive.sources(session, requestId, REQUEST, codes);
        List<Instrument> stocks = instrument.get().securityType() == SecurityType.STOCK ? List.of(instrument.get()) : List.of();
        return sources.map(found -> new Feed(stocks, found));
    }

    /** Finds the instrument of a contract by conId, or by symbol narrowed by type, currency and listing exchange. */
    private Optional<Instrument> resolve(ClientSession session, int requestId, Contract contract) {
        List<Instrument> matches = contract.conId() != 0
                ? universe.byConId(contract.conId()).map(List::of).orElse(List.of())
                : universe.all().stream().filter(instrument -> describes(contract, instrument.contract())).toList();
        if (matches.size() == 1) {
            return Optional.of(matches.getFirst());
        }
        session.sendError(requestId, ErrorCodes.NO_SECURITY_DEFINITION, matches.isEmpty()
                ? "No security definition has been found for the request"
                : "The contract description specified for " + contract.symbol() + " is ambiguous");
        return Optional.empty();
    }

    private static boolean describes(Contract wanted, Contract candidate) {
        String type = wanted.secType().isEmpty() ? "STK" : wanted.secType().toUpperCase(Locale.ROOT);
        return candidate.symbol().equalsIgnoreCase(wanted.symbol()) && candidate.secType().equals(type)
                && (wanted.currency().isEmpty() || candidate.currency().equalsIgnoreCase(wanted.currency()))
                && (wanted.primaryExchange().isEmpty() || candidate.primaryExchange().equalsIgnoreCase(wanted.primaryExchange()));
    }

    private void run(Subscriber subscriber, Feed feed) {
        AtomicReference<Instant> coveredUntil = new AtomicReference<>(engine.now());
        subscriptions.put(subscriber, () -> {});
        GatewayScheduler.Task task = engine.scheduler().repeat("tws4j-news-" + subscriber.requestId(), POLL, () -> {
            Instant from = coveredUntil.get();
            Instant now = engine.now();
            coveredUntil.set(now);
            for (Story story : wire.between(feed.stocks(), feed.sources(), from, now)) {
                if (!subscriptions.containsKey(subscriber)) {
                    return;
                }
                subscriber.session().send(InMessage.TICK_NEWS, NewsCodec.tick(subscriber.requestId(), story.asTick()));
            }
        });
        if (subscriptions.replace(subscriber, task) == null) {
            task.cancel();
        }
    }

    private void forget(ClientSession session) {
        subscriptions.entrySet().removeIf(entry -> {
            if (entry.getKey().session() == session) {
                entry.getValue().cancel();
                return true;
            }
            return false;
        });
    }

    /** What one subscription follows: the stocks and the providers. */
    private record Feed(List<Instrument> stocks, List<NewsProviders.Source> sources) {}

    private record Subscriber(ClientSession session, int requestId) {}
}
