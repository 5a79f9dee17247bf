package io.tws4j.simulator.historical;

import io.tws4j.contracts.Contract;
import io.tws4j.contracts.codec.ContractsCodec;
import io.tws4j.historical.BarSize;
import io.tws4j.historical.WhatToShow;
import io.tws4j.protocol.proto.ContractsProto;
import io.tws4j.simulator.contracts.ContractMatcher;
import io.tws4j.simulator.contracts.ContractsHandler;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.contracts.InstrumentUniverse;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.core.GatewayEngine;
import io.tws4j.simulator.core.SessionSubscriptions;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.MarketModel;
import io.tws4j.simulator.market.MarketStyle;
import io.tws4j.simulator.market.PriceSeries;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated historical data farm behind every historical request: finds the instrument a
 * request names, keeps each session's pacing and queries, and works on a query off the session's
 * thread (after the configured delay), so that the session reads its next request meanwhile and a
 * cancel can overtake an answer, as with TWS.
 */
final class DataFarm {
    private static final Logger log = LoggerFactory.getLogger(DataFarm.class);

    private final GatewayEngine engine;
    private final ContractMatcher matcher;
    private final MarketModel market;
    private final HistoricalLimits limits;
    private final Map<ClientSession, SessionQueries> sessions = new ConcurrentHashMap<>();

    DataFarm(GatewayEngine engine, InstrumentUniverse universe, MarketModel market, HistoricalLimits limits) {
        this.engine = engine;
        this.matcher = new ContractMatcher(universe);
        this.market = market;
        this.limits = limits;
        engine.onSessionClosed(session -> {
            SessionQueries queries = sessions.remove(session);
            if (queries != null) {
                queries.close();
            }
        });
        engine.registerSubscriptions(new SessionSubscriptions() {
            @Override
            public Map<String, Integer> count(ClientSession session) {
                SessionQueries queries = sessions.get(session);
                return Map.of("historical bars kept up to date", queries == null ? 0 : queries.liveCount());
            }

            @Override
            public void drop(ClientSession session) {
                SessionQueries queries = sessions.get(session);
                if (queries != null) {
                    queries.dropLive();
                }
            }
        });
    }

    GatewayEngine engine() {
        return engine;
    }

    HistoricalLimits limits() {
        return limits;
    }

    /** Returns the zone the gateway writes its times in. */
    ZoneId zone() {
        return engine.options().timeZone();
    }

    Instant now() {
        return engine.now();
    }

    SessionQueries queries(ClientSession session) {
        return sessions.computeIfAbsent(session, key -> new SessionQueries(limits));
    }

    /**
     * Returns the one instrument a request's contract describes.
     *
     * @throws Refusal with TWS's error 200 if it describes none, or several
     */
    Instrument resolve(ContractsProto.Contract wire) {
        Contract wanted = ContractsCodec.contract(wire);
        List<Instrument> found = ContractMatcher.problem(wanted).isPresent() ? List.of()
                : matcher.matches(wanted, ContractsHandler.today(engine));
        if (found.size() != 1) {
            // Inferred: TWS names an ambiguous description with error 200 as well.
            throw new Refusal(HmdsErrors.NO_SECURITY, found.isEmpty() ? "No security definition has been found for the request"
                    : "The contract description specified for " + wanted.symbol() + " is ambiguous");
        }
        return found.getFirst();
    }

    /** Returns the exchange a request names for the instrument, or the instrument's own. */
    static String exchange(ContractsProto.Contract wire, Instrument instrument) {
        return wire.getExchange().isEmpty() ? instrument.contract().exchange() : wire.getExchange();
    }

    InstrumentMarket market(Instrument instrument) {
        return market.market(instrument.conId()).orElseThrow();
    }

    /** Returns the trading time of an instrument, regular hours or all. */
    TradingTime tradingTime(Instrument instrument, boolean regularOnly) {
        return new TradingTime(instrument.profile().calendar(), regularOnly);
    }

    /**
     * Checks that the model has a data series for the instrument: forex has no trades, an
     * index no quotes.
     *
     * @throws Refusal with error 162 if it has not (inferred wording)
     */
    void requireSeries(Instrument instrument, String exchange, WhatToShow series, BarSize size) {
        MarketStyle style = instrument.profile().style();
        boolean trades = BarSeries.priceSeries(series).map(s -> s == PriceSeries.TRADES).orElse(false);
        if (BarSeries.priceSeries(series).isEmpty() || style == MarketStyle.QUOTES_ONLY && trades
                || style == MarketStyle.INDEX && !trades) {
            throw new Refusal(HmdsErrors.HMDS, HmdsErrors.noSeries(instrument, exchange, series, size));
        }
    }

    /**
     * Admits a paced request.
     *
     * @throws Refusal with error 162 on a pacing violation
     */
    void pace(ClientSession session, String identicalKey, String contractKey, WhatToShow series) {
        int weight = series == WhatToShow.BID_ASK ? 2 : 1;
        if (!queries(session).pacing().admit(identicalKey, contractKey, weight, now())) {
            throw new Refusal(HmdsErrors.HMDS, HmdsErrors.pacingViolation());
        }
    }

    /**
     * Works on a one-shot query off the session's thread: {@code answer} runs once the delay has
     * passed unless the query was cancelled, and claims the right to send with
     * {@link SessionQueries.Pending#answer()}. A failure is reported as an error, never silence;
     * work that finds its query cancelled (or its session closed) midway throws
     * {@link CancellationException} to stop, and nothing is sent.
     */
    void work(ClientSession session, int requestId, String name, Consumer<SessionQueries.Pending> answer) {
        SessionQueries.Pending query = queries(session).start(requestId);
        engine.scheduler().once("tws4j-hmds-" + requestId, limits.answerDelay(), () -> {
            if (query.isCancelled() || session.isClosed()) {
                return;
            }
            try {
                answer.accept(query);
            } catch (CancellationException stopped) {
                log.debug("client {}: {} {} stopped: cancelled or disconnected", session.clientId(), name, requestId);
            } catch (Refusal refusal) {
                if (query.answer()) {
                    session.sendError(requestId, refusal.code(), refusal.getMessage());
                }
            } catch (RuntimeException e) {
                log.error("client {}: {} {} failed", session.clientId(), name, requestId, e);
                if (query.answer()) {
                    session.sendError(requestId, HmdsErrors.HMDS, "Historical Market Data Service error message:" + e);
                }
            }
        });
    }

    /** Cancels a query; TWS reports a one-shot query it was still working on as cancelled. */
    void cancel(ClientSession session, int requestId) {
        if (queries(session).cancel(requestId)) {
            session.sendError(requestId, HmdsErrors.HMDS, HmdsErrors.cancelled(requestId));
        } else {
            // Inferred: a cancel of a query already answered (or unknown) is ignored.
            log.debug("client {}: historical query {} cancelled after its answer", session.clientId(), requestId);
        }
    }
}
