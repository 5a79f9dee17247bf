package io.tws4j.simulator.wsh;

import io.tws4j.contracts.SecurityType;
import io.tws4j.protocol.proto.WshProto.CancelWshEventData;
import io.tws4j.protocol.proto.WshProto.CancelWshMetaData;
import io.tws4j.protocol.proto.WshProto.WshEventDataRequest;
import io.tws4j.protocol.proto.WshProto.WshMetaDataRequest;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.contracts.InstrumentUniverse;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.core.GatewayEngine;
import io.tws4j.wsh.WshEventRequest;
import io.tws4j.wsh.codec.Json;
import io.tws4j.wsh.codec.WshCodec;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wall Street Horizon at the simulated gateway: the metadata, and the events of a contract or a
 * filter, as TWS answers them (IB's message code table): event data before any metadata request
 * is 10282 "WSH metadata not requested" (IB asks for metadata once a day; the gateway remembers
 * it for all its clients, inferred); a query without a conId or a watchlist is 10309 "Invalid
 * WSH event data request." (as users report for fill flags without a conId), and so is an
 * unknown conId (inferred); a filter that is not a JSON object is 10283 "Fail request WSH event
 * data" (inferred). Both answers come at once, so a cancel finds nothing to stop.
 *
 * <p>Inferred ranges: an unbounded start is a year before today, an unbounded end a year after;
 * events come in date order, and a limit keeps the first ones. Competitors are the stocks of the
 * same industry category; the simulated login has no watchlists or portfolio to fill from.
 */
public final class WshHandler {
    static final int METADATA_NOT_REQUESTED = 10282;
    static final int FAILED_EVENT_DATA = 10283;
    static final int INVALID_EVENT_DATA = 10309;
    private static final Logger log = LoggerFactory.getLogger(WshHandler.class);
    private static final ZoneId CALENDAR_ZONE = ZoneId.of("America/New_York");

    private final GatewayEngine engine;
    private final InstrumentUniverse universe;
    private final WshCalendar calendar;
    private final AtomicBoolean metadataRequested = new AtomicBoolean();

    private WshHandler(GatewayEngine engine, InstrumentUniverse universe) {
        this.engine = engine;
        this.universe = universe;
        this.calendar = new WshCalendar(engine.options().seed());
    }

    /** Installs the WSH request handlers on an engine. */
    public static void install(GatewayEngine engine, InstrumentUniverse universe) {
        WshHandler handler = new WshHandler(engine, universe);
        engine.register(OutMessage.REQ_WSH_META_DATA, WshMetaDataRequest.class, handler::metadata);
        engine.register(OutMessage.REQ_WSH_EVENT_DATA, WshEventDataRequest.class, handler::eventData);
        engine.register(OutMessage.CANCEL_WSH_META_DATA, CancelWshMetaData.class, (session, request) ->
                log.debug("client {}: WSH metadata {} cancelled (already answered)", session.clientId(), request.getReqId()));
        engine.register(OutMessage.CANCEL_WSH_EVENT_DATA, CancelWshEventData.class, (session, request) ->
                log.debug("client {}: WSH event data {} cancelled (already answered)", session.clientId(), request.getReqId()));
    }

    private void metadata(ClientSession session, WshMetaDataRequest request) {
        metadataRequested.set(true);
        session.send(InMessage.WSH_META_DATA, WshCodec.metadata(request.getReqId(), WshMetadataJson.JSON));
    }

    private void eventData(ClientSession session, WshEventDataRequest message) {
        int requestId = message.getReqId();
        if (!metadataRequested.get()) {
            session.sendError(requestId, METADATA_NOT_REQUESTED, "WSH metadata not requested");
            return;
        }
        WshEventRequest request;
        Optional<WshQuery> query;
        try {
            request = WshCodec.eventRequest(message);
            query = request.filter().isEmpty() ? Optional.empty() : Optional.of(filter(request.filter()));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            session.sendError(requestId, FAILED_EVENT_DATA, "Fail request WSH event data");
            return;
        }
        Optional<List<Instrument>> stocks = stocks(request, query);
        if (stocks.isEmpty()) {
            session.sendError(requestId, INVALID_EVENT_DATA, "Invalid WSH event data request.");
            return;
        }
        session.send(InMessage.WSH_EVENT_DATA, WshCodec.eventData(requestId, Json.write(events(request, query, stocks.get()))));
    }

    private static WshQuery filter(String json) {
        if (!(Json.parse(json) instanceof Map<?, ?> filter)) {
            throw new IllegalArgumentException("a WSH filter is a JSON object");
        }
        return WshQuery.of(filter);
    }

    /** The stocks a query covers, or empty when it names none TWS knows. */
    private Optional<List<Instrument>> stocks(WshEventRequest request, Optional<WshQuery> query) {
        Set<Instrument> stocks = new LinkedHashSet<>();
        if (request.conId().isPresent()) {
            Optional<Instrument> instrument = universe.byConId(request.conId().getAsInt());
            if (instrument.isEmpty()) {
                return Optional.empty();
            }
            stocks.add(instrument.get());
            if (request.fillCompetitors()) {
                stocks.addAll(competitors(instrument.get()));
            }
        }
        query.ifPresent(found -> found.watchlist().forEach(conId -> universe.byConId(conId).ifPresent(stocks::add)));
        return stocks.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(stocks));
    }

    private List<Instrument> competitors(Instrument stock) {
        return universe.all().stream()
                .filter(other -> other.securityType() == SecurityType.STOCK && other.conId() != stock.conId())
                .filter(other -> !stock.details().category().isEmpty()
                        && other.details().category().equals(stock.details().category()))
                .toList();
    }

    private List<Map<String, Object>> events(WshEventRequest request, Optional<WshQuery> query, List<Instrument> stocks) {
        LocalDate today = LocalDate.ofInstant(engine.now(), CALENDAR_ZONE);
        LocalDate first = request.startDate().orElse(today.minusYears(1));
        LocalDate last = request.endDate().orElse(today.plusYears(1));
        List<CalendarEvent> events = new ArrayList<>();
        for (Instrument stock : stocks) {
            calendar.events(stock, first, last, today).stream()
                    .filter(event -> query.map(found -> found.wants(event.type())).orElse(true))
                    .forEach(events::add);
        }
        events.sort(Comparator.comparing(CalendarEvent::date).thenComparingInt(CalendarEvent::conId)
                .thenComparing(CalendarEvent::type));
        int limit = request.totalLimit().orElse(Integer.MAX_VALUE);
        if (query.isPresent() && query.get().limit().isPresent()) {
            limit = Math.min(limit, query.get().limit().getAsInt());
        }
        return events.stream().limit(Math.max(limit, 0)).map(CalendarEvent::json).toList();
    }
}
