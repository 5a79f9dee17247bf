package io.tws4j.simulator.marketdata;

import io.tws4j.contracts.Contract;
import io.tws4j.contracts.SecurityType;
import io.tws4j.marketdata.MarketDataRequest;
import io.tws4j.marketdata.MarketDataType;
import io.tws4j.marketdata.MarketDepthRequest;
import io.tws4j.marketdata.RealTimeBarsRequest;
import io.tws4j.marketdata.RealTimeWhatToShow;
import io.tws4j.marketdata.TickByTickRequest;
import io.tws4j.marketdata.codec.DepthCodec;
import io.tws4j.marketdata.codec.MarketDataCodec;
import io.tws4j.marketdata.codec.RealTimeBarsCodec;
import io.tws4j.marketdata.codec.TickByTickCodec;
import io.tws4j.protocol.proto.MarketDataProto;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.FirehoseOptions;
import io.tws4j.simulator.MarketDataEntitlements;
import io.tws4j.simulator.MarketDataStatus;
import io.tws4j.simulator.contracts.ContractMatcher;
import io.tws4j.simulator.contracts.ContractsHandler;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.contracts.InstrumentUniverse;
import io.tws4j.simulator.contracts.ReferenceTables;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.core.GatewayEngine;
import io.tws4j.simulator.core.SessionSubscriptions;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.MarketModel;
import io.tws4j.simulator.market.MarketStyle;
import io.tws4j.simulator.market.PriceSeries;
import io.tws4j.simulator.news.NewsTickSource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the real-time market data requests as TWS does: top-of-book ticks (streaming and
 * snapshots), market depth, tick-by-tick data and five-second bars, each driven by the seeded
 * market model; the market data type a client chose; TWS's limits (101, 309, 10190) and its
 * refusals (200 for an unknown contract, 321 for an invalid request, 10089 without a real-time
 * subscription, 10092, 10189, 420); cancels of unknown requests (300, 310). A cancel, or the end
 * of the connection, stops the request's live feed and frees its line.
 */
public final class MarketDataHandler {
    private static final Logger log = LoggerFactory.getLogger(MarketDataHandler.class);
    private static final int MAX_DEPTH_ROWS = 50;

    private final GatewayEngine engine;
    private final ContractMatcher matcher;
    private final MarketModel market;
    private final MarketDataEntitlements entitlements;
    private final MarketDataStreams streams;
    private final Map<ClientSession, MarketDataType> types = new ConcurrentHashMap<>();

    private MarketDataHandler(GatewayEngine engine, InstrumentUniverse universe, MarketModel market) {
        this.engine = engine;
        this.matcher = new ContractMatcher(universe);
        this.market = market;
        this.entitlements = engine.options().marketData();
        this.streams = new MarketDataStreams(entitlements, market);
    }

    /** Installs the handlers of the market data requests on an engine. */
    public static MarketDataHandler install(GatewayEngine engine, InstrumentUniverse universe, MarketModel market,
                                            NewsTickSource newsTicks) {
        MarketDataHandler handler = new MarketDataHandler(engine, universe, market);
        // News ticks ride on market data requests (generic tick 292, or a NEWS contract): the news source serves those.
        engine.register(OutMessage.REQ_MKT_DATA, MarketDataProto.MarketDataRequest.class, (session, request) -> {
            if (newsTicks.serves(request)) {
                newsTicks.start(session, request);
            } else {
                handler.marketData(session, request);
            }
        });
        engine.register(OutMessage.CANCEL_MKT_DATA, MarketDataProto.CancelMarketData.class, (session, cancel) -> {
            if (newsTicks.stop(session, cancel.getReqId())) {
                return;
            }
            if (!handler.streams.cancel(session, StreamKind.TOP_OF_BOOK, cancel.getReqId())) {
                session.sendError(cancel.getReqId(), 300, "Can't find EId with tickerId:" + cancel.getReqId());
            }
        });
        engine.register(OutMessage.REQ_MARKET_DATA_TYPE, MarketDataProto.MarketDataTypeRequest.class, handler::marketDataType);
        engine.register(OutMessage.REQ_MKT_DEPTH, MarketDataProto.MarketDepthRequest.class, handler::depth);
        engine.register(OutMessage.CANCEL_MKT_DEPTH, MarketDataProto.CancelMarketDepth.class, (session, cancel) -> {
            if (!handler.streams.cancel(session, StreamKind.DEPTH, cancel.getReqId())) {
                session.sendError(cancel.getReqId(), 310, "Can't find the subscribed market depth with tickerId:" + cancel.getReqId());
            }
        });
        engine.register(OutMessage.REQ_TICK_BY_TICK_DATA, MarketDataProto.TickByTickRequest.class, handler::tickByTick);
        engine.register(OutMessage.CANCEL_TICK_BY_TICK_DATA, MarketDataProto.CancelTickByTick.class,
                (session, cancel) -> handler.cancelQuietly(session, StreamKind.TICK_BY_TICK, cancel.getReqId()));
        engine.register(OutMessage.REQ_REAL_TIME_BARS, MarketDataProto.RealTimeBarsRequest.class, handler::realTimeBars);
        engine.register(OutMessage.CANCEL_REAL_TIME_BARS, MarketDataProto.CancelRealTimeBars.class,
                (session, cancel) -> handler.cancelQuietly(session, StreamKind.REAL_TIME_BARS, cancel.getReqId()));
        engine.onSessionClosed(session -> {
            handler.streams.closeSession(session);
            handler.types.remove(session);
        });
        engine.registerSubscriptions(new SessionSubscriptions() {
            @Override
            public Map<String, Integer> count(ClientSession session) {
                return handler.streams.count(session);
            }

            @Override
            public void drop(ClientSession session) {
                handler.streams.closeSession(session);
            }
        });
        engine.onCompetingSession(handler::competingSession);
        return handler;
    }

    /**
     * Another session of the login took the market data: 10197 on each of the client's streams,
     * which stop and are forgotten. Inferred: TWS keeps no line for them.
     */
    private void competingSession(ClientSession session) {
        for (MarketDataStreams.Key key : streams.closeSession(session)) {
            session.sendError(key.requestId(), 10197, "No market data during competing live session");
        }
    }

    /** Returns what streams right now, for every client together. */
    public MarketDataStatus status() {
        return streams.status();
    }

    private void marketData(ClientSession session, MarketDataProto.MarketDataRequest wire) {
        int id = wire.getReqId();
        MarketDataRequest request;
        try {
            request = MarketDataCodec.marketDataRequest(wire);
        } catch (IllegalArgumentException e) {
            invalid(session, id, StreamKind.TOP_OF_BOOK, e.getMessage());
            return;
        }
        if (request.contract().symbol().equalsIgnoreCase(FirehoseOptions.SYMBOL)) {
            firehose(session, id);
            return;
        }
        Optional<Instrument> found = resolve(session, id, request.contract(), StreamKind.TOP_OF_BOOK);
        if (found.isEmpty()) {
            return;
        }
        Instrument instrument = found.get();
        if (request.isSnapshot() && !request.genericTicks().isEmpty()) {
            invalid(session, id, StreamKind.TOP_OF_BOOK, "Snapshot market data subscription is not applicable to generic ticks");
            return;
        }
        GenericTicks.Parsed generics = GenericTicks.parse(request.genericTicks(), instrument.contract().secType());
        if (generics.problem().isPresent()) {
            invalid(session, id, StreamKind.TOP_OF_BOOK, generics.problem().get());
            return;
        }
        MarketDataType type = types.getOrDefault(session, MarketDataType.REALTIME);
        boolean delayed = !entitlements.hasRealTimeData(listing(instrument));
        InstrumentMarket instrumentMarket = market.market(instrument.conId()).orElseThrow();
        if (delayed && !type.isDelayed()) {
            notSubscribed(session, id, request, instrument);
        } else if (request.isSnapshot()) {
            if (streams.checkLine().isPresent()) {
                refuse(session, id, MarketDataStreams.MAX_TICKERS);
                return;
            }
            warnIfDelayed(session, id, delayed);
            TopOfBookStream.snapshot(session, id, instrument, instrumentMarket, market, delayed, type, engine.now());
        } else {
            MarketDataStreams.Admission admission = streams.admit(session, StreamKind.TOP_OF_BOOK, id, instrument.conId(), true);
            if (!admission.isAdmitted()) {
                refuse(session, id, admission.refusal());
                return;
            }
            warnIfDelayed(session, id, delayed);
            streams.attach(admission.slot(), TopOfBookStream.stream(session, id, instrument, instrumentMarket, market,
                    generics.types(), delayed, type));
        }
    }

    /** The firehose: a market data line, and ticks as fast as the client takes them (see {@link FirehoseOptions}). */
    private void firehose(ClientSession session, int id) {
        MarketDataStreams.Admission admission = streams.admit(session, StreamKind.TOP_OF_BOOK, id, 0, true);
        if (!admission.isAdmitted()) {
            refuse(session, id, admission.refusal());
            return;
        }
        streams.attach(admission.slot(), FirehoseStream.start(session, id, engine.options().firehose()));
    }

    /**
     * Real-time data asked for without a real-time subscription: TWS's 10089, which leaves the
     * request open without data (a snapshot ends at once); delayed data needs {@code reqMarketDataType}.
     */
    private void notSubscribed(ClientSession session, int id, MarketDataRequest request, Instrument instrument) {
        session.sendError(id, 10089, "Requested market data requires additional subscription for API. See link in "
                + "'Market Data Connections' dialog for more details.Delayed market data is available."
                + instrument.contract().symbol() + " " + listing(instrument) + "/TOP/ALL");
        if (request.isSnapshot()) {
            session.send(InMessage.TICK_SNAPSHOT_END, MarketDataCodec.snapshotEnd(id));
            return;
        }
        MarketDataStreams.Admission admission = streams.admit(session, StreamKind.TOP_OF_BOOK, id, instrument.conId(), false);
        if (admission.isAdmitted()) {
            streams.attach(admission.slot(), LiveStream.SILENT);
        } else {
            refuse(session, id, admission.refusal());
        }
    }

    private void warnIfDelayed(ClientSession session, int id, boolean delayed) {
        if (delayed) {
            session.sendError(id, 10167, "Requested market data is not subscribed. Displaying delayed market data.");
        }
    }

    private void marketDataType(ClientSession session, MarketDataProto.MarketDataTypeRequest request) {
        try {
            types.put(session, MarketDataType.of(request.getMarketDataType()));
        } catch (IllegalArgumentException e) {
            session.sendError(-1, 321, "Error validating request.-'REQ_MARKET_DATA_TYPE' : cause - invalid market data type "
                    + request.getMarketDataType());
        }
    }

    private void depth(ClientSession session, MarketDataProto.MarketDepthRequest wire) {
        int id = wire.getReqId();
        MarketDepthRequest request;
        try {
            request = DepthCodec.marketDepthRequest(wire);
        } catch (IllegalArgumentException e) {
            invalid(session, id, StreamKind.DEPTH, e.getMessage());
            return;
        }
        Optional<Instrument> found = resolve(session, id, request.contract(), StreamKind.DEPTH);
        if (found.isEmpty()) {
            return;
        }
        Instrument instrument = found.get();
        InstrumentMarket instrumentMarket = market.market(instrument.conId()).orElseThrow();
        String exchange = request.contract().exchange().toUpperCase(Locale.ROOT);
        boolean offered = request.smartDepth() || !exchange.equals("SMART")
                && (instrumentMarket.profile().exchanges().contains(exchange) || instrument.contract().exchange().equals(exchange)
                || deepBookOn(exchange, instrument));
        if (!offered || instrumentMarket.profile().style() == MarketStyle.INDEX) {
            session.sendError(id, 10092, "Deep market data is not supported for this combination of security type/exchange");
            return;
        }
        if (!entitlements.hasRealTimeData(listing(instrument))) {
            session.sendError(id, 10089, "Requested market data requires additional subscription for API. See link in "
                    + "'Market Data Connections' dialog for more details." + instrument.contract().symbol() + " "
                    + listing(instrument) + "/DEEP");
            return;
        }
        MarketDataStreams.Admission admission = streams.admit(session, StreamKind.DEPTH, id, instrument.conId(), false);
        if (!admission.isAdmitted()) {
            refuse(session, id, admission.refusal());
            return;
        }
        streams.attach(admission.slot(), DepthStream.start(session, id, instrumentMarket,
                Math.min(request.rows(), MAX_DEPTH_ROWS), request.smartDepth(), exchange));
    }

    /** Whether TWS lists a deep book of the instrument's security type on {@code exchange} (ISLAND's for NASDAQ stocks). */
    private static boolean deepBookOn(String exchange, Instrument instrument) {
        return instrument.tradesOn(exchange) && ReferenceTables.DEPTH_EXCHANGES.stream()
                .anyMatch(depth -> depth.exchange().equals(exchange) && depth.secType().equals(instrument.contract().secType()));
    }

    private void tickByTick(ClientSession session, MarketDataProto.TickByTickRequest wire) {
        int id = wire.getReqId();
        TickByTickRequest request;
        try {
            request = TickByTickCodec.tickByTickRequest(wire);
        } catch (IllegalArgumentException e) {
            invalid(session, id, StreamKind.TICK_BY_TICK, e.getMessage());
            return;
        }
        Optional<Instrument> found = resolve(session, id, request.contract(), StreamKind.TICK_BY_TICK);
        if (found.isEmpty()) {
            return;
        }
        Instrument instrument = found.get();
        Optional<String> unavailable = switch (instrument.securityType()) {
            case OPTION, FUTURE_OPTION -> Optional.of("Tick-by-tick data for options is only available historically");
            case INDEX -> Optional.of("Tick-by-tick data is only provided for indices on CME");
            case COMBO -> Optional.of("Tick-by-tick data is not available for combos");
            default -> entitlements.hasRealTimeData(listing(instrument)) ? Optional.empty()
                    : Optional.of("No market data permissions for " + listing(instrument) + " " + instrument.contract().secType());
        };
        if (unavailable.isPresent()) {
            session.sendError(id, 10189, "Failed to request tick-by-tick data." + unavailable.get());
            return;
        }
        MarketDataStreams.Admission admission = streams.admit(session, StreamKind.TICK_BY_TICK, id, instrument.conId(), false);
        if (!admission.isAdmitted()) {
            refuse(session, id, admission.refusal());
            return;
        }
        streams.attach(admission.slot(),
                TickByTickStream.start(session, id, request, market.market(instrument.conId()).orElseThrow()));
    }

    private void realTimeBars(ClientSession session, MarketDataProto.RealTimeBarsRequest wire) {
        int id = wire.getReqId();
        if (wire.getBarSize() != RealTimeBarsRequest.BAR_SECONDS) {
            session.sendError(id, 420, "Invalid Real-time Query:Invalid bar size " + wire.getBarSize()
                    + ". Real-time bars are 5 seconds.");
            return;
        }
        RealTimeBarsRequest request;
        try {
            request = RealTimeBarsCodec.realTimeBarsRequest(wire);
        } catch (IllegalArgumentException e) {
            session.sendError(id, 420, "Invalid Real-time Query:" + e.getMessage());
            return;
        }
        Optional<Instrument> found = resolve(session, id, request.contract(), StreamKind.REAL_TIME_BARS);
        if (found.isEmpty()) {
            return;
        }
        Instrument instrument = found.get();
        InstrumentMarket instrumentMarket = market.market(instrument.conId()).orElseThrow();
        Optional<String> problem = barProblem(instrument, instrumentMarket.profile().style(), request.whatToShow());
        if (problem.isPresent()) {
            session.sendError(id, 420, "Invalid Real-time Query:" + problem.get());
            return;
        }
        MarketDataStreams.Admission admission = streams.admit(session, StreamKind.REAL_TIME_BARS, id, instrument.conId(), false);
        if (!admission.isAdmitted()) {
            refuse(session, id, admission.refusal());
            return;
        }
        streams.attach(admission.slot(), RealTimeBarStream.start(session, id, instrumentMarket, series(request.whatToShow()),
                request.hours().regularOnly(), engine));
    }

    private Optional<String> barProblem(Instrument instrument, MarketStyle style, RealTimeWhatToShow whatToShow) {
        boolean trades = whatToShow == RealTimeWhatToShow.TRADES || whatToShow == RealTimeWhatToShow.AGG_TRADES;
        String secType = instrument.contract().secType();
        if (!entitlements.hasRealTimeData(listing(instrument))) {
            return Optional.of("No market data permissions for " + listing(instrument) + " " + secType);
        }
        if (trades && style == MarketStyle.QUOTES_ONLY || !trades && style == MarketStyle.INDEX) {
            return Optional.of("Real-time bars of " + whatToShow.wireValue() + " are not available for " + secType);
        }
        if (whatToShow == RealTimeWhatToShow.AGG_TRADES && instrument.securityType() != SecurityType.CRYPTO) {
            return Optional.of("AGGTRADES is available for cryptocurrencies only");
        }
        return Optional.empty();
    }

    private static PriceSeries series(RealTimeWhatToShow whatToShow) {
        return switch (whatToShow) {
            case TRADES, AGG_TRADES -> PriceSeries.TRADES;
            case MIDPOINT -> PriceSeries.MIDPOINT;
            case BID -> PriceSeries.BID;
            case ASK -> PriceSeries.ASK;
        };
    }

    /**
     * Finds the one instrument a request's contract names, answering as TWS does when it cannot:
     * 321 for a contract that names nothing or no exchange, 200 when nothing or more than one
     * instrument matches.
     */
    private Optional<Instrument> resolve(ClientSession session, int id, Contract contract, StreamKind kind) {
        Optional<String> problem = ContractMatcher.problem(contract)
                .or(() -> contract.exchange().isEmpty() ? Optional.of("Please enter exchange") : Optional.empty());
        if (problem.isPresent()) {
            invalid(session, id, kind, problem.get());
            return Optional.empty();
        }
        List<Instrument> found = matcher.matches(contract, ContractsHandler.today(engine));
        if (found.size() != 1) {
            session.sendError(id, 200, found.isEmpty() ? "No security definition has been found for the request"
                    : "The contract description specified for " + contract.symbol() + " is ambiguous.");
            return Optional.empty();
        }
        return Optional.of(found.getFirst());
    }

    private void cancelQuietly(ClientSession session, StreamKind kind, int id) {
        if (!streams.cancel(session, kind, id)) {
            log.debug("client {}: cancel of unknown {} #{} ignored", session.clientId(), kind, id);
        }
    }

    private void refuse(ClientSession session, int id, int code) {
        switch (code) {
            case MarketDataStreams.DUPLICATE_TICKER_ID -> session.sendError(id, code, "Duplicate ticker ID.");
            case MarketDataStreams.MAX_TICKERS -> session.sendError(id, code, "Max number of tickers has been reached.");
            case MarketDataStreams.MAX_DEPTH_REQUESTS -> session.sendError(id, code, "Max number (" + entitlements.depthBooks()
                    + ") of market depth requests has been reached");
            case MarketDataStreams.MAX_TICK_BY_TICK -> session.sendError(id, code, "Max number of tick-by-tick requests has been reached.");
            default -> log.debug("client {}: request #{} not answered: the connection ended", session.clientId(), id);
        }
    }

    private static void invalid(ClientSession session, int id, StreamKind kind, String cause) {
        session.sendError(id, 321, "Error validating request.-'" + kind.request() + "' : cause - " + cause);
    }

    /** The exchange whose subscription the instrument's data needs: its primary listing, else its exchange. */
    private static String listing(Instrument instrument) {
        Contract contract = instrument.contract();
        return contract.primaryExchange().isEmpty() ? contract.exchange() : contract.primaryExchange();
    }
}
