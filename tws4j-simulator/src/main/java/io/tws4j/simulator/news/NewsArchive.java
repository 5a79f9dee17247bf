package io.tws4j.simulator.news;

import io.tws4j.connection.ErrorCodes;
import io.tws4j.news.HistoricalNewsRequest;
import io.tws4j.news.NewsArticle;
import io.tws4j.news.codec.NewsCodec;
import io.tws4j.protocol.proto.NewsProto;
import io.tws4j.protocol.proto.NewsProto.NewsArticleRequest;
import io.tws4j.protocol.proto.NewsProto.NewsProvidersRequest;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.contracts.InstrumentUniverse;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.core.GatewayEngine;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers the news requests with ids: the providers, historical headlines of a stock and
 * articles. As TWS: headlines newest first in (start, end], then the end marker saying whether
 * the range held more; at most 300 headlines (IB's documented maximum; more is read as 300,
 * inferred); an article id TWS cannot find is error 10172 "Failed to request news article: No
 * data available" (a code other clients list). Inferred: an unbounded start looks back a year,
 * an end after now is now (there is no news from the future), a request without providers or
 * with one the login lacks is refused as invalid (321), a conId TWS does not know is 200, and
 * an instrument without news (a future, a currency) has an empty history.
 */
final class NewsArchive {
    static final int NO_ARTICLE = 10172;
    private static final Duration LOOKBACK = Duration.ofDays(365);
    private static final String HISTORICAL = "REQ_HISTORICAL_NEWS";

    private final GatewayEngine engine;
    private final InstrumentUniverse universe;
    private final NewsWire wire;

    NewsArchive(GatewayEngine engine, InstrumentUniverse universe, NewsWire wire) {
        this.engine = engine;
        this.universe = universe;
        this.wire = wire;
    }

    void providers(ClientSession session, NewsProvidersRequest request) {
        session.send(InMessage.NEWS_PROVIDERS, NewsCodec.providers(NewsProviders.providers()));
    }

    void article(ClientSession session, NewsArticleRequest request) {
        Optional<Story> story = wire.story(request.getProviderCode(), request.getArticleId());
        if (story.isEmpty()) {
            session.sendError(request.getReqId(), NO_ARTICLE, "Failed to request news article: No data available");
            return;
        }
        NewsArticle article = story.get().providerCode().equals("DJNL")
                ? new NewsArticle(NewsArticle.Type.BINARY, PdfArticle.base64(StoryWriter.plain(story.get())))
                : new NewsArticle(NewsArticle.Type.TEXT, StoryWriter.html(story.get()));
        session.send(InMessage.NEWS_ARTICLE, NewsCodec.article(request.getReqId(), article));
    }

    void historical(ClientSession session, NewsProto.HistoricalNewsRequest message) {
        int requestId = message.getReqId();
        HistoricalNewsRequest request;
        try {
            request = NewsCodec.historicalRequest(message);
        } catch (DateTimeParseException e) {
            invalid(session, requestId, HISTORICAL, "invalid date/time '" + e.getParsedString() + "', expected yyyy-MM-dd HH:mm:ss.0");
            return;
        }
        Optional<List<NewsProviders.Source>> sources = sources(session, requestId, HISTORICAL, request.providerCodes());
        if (sources.isEmpty()) {
            return;
        }
        if (request.totalResults() <= 0) {
            invalid(session, requestId, HISTORICAL, "totalResults must be 1 to " + HistoricalNewsRequest.MAX_RESULTS);
            return;
        }
        Optional<Instrument> instrument = universe.byConId(request.conId());
        if (instrument.isEmpty()) {
            session.sendError(requestId, ErrorCodes.NO_SECURITY_DEFINITION, "No security definition has been found for the request");
            return;
        }
        Instant now = engine.now();
        Instant end = request.end().filter(time -> time.isBefore(now)).orElse(now);
        Instant start = request.start().orElse(end.minus(LOOKBACK));
        NewsWire.Page page = wire.stocks().contains(instrument.get())
                ? wire.newest(instrument.get(), sources.get(), start, end, Math.min(request.totalResults(), HistoricalNewsRequest.MAX_RESULTS))
                : new NewsWire.Page(List.of(), false);
        page.stories().forEach(story -> session.sendBuffered(InMessage.HISTORICAL_NEWS, NewsCodec.headline(requestId, story.asHeadline())));
        session.sendBuffered(InMessage.HISTORICAL_NEWS_END, NewsCodec.historicalEnd(requestId, page.hasMore()));
        session.flush();
    }

    /** Returns the sources of provider codes, or empty after refusing the request. */
    static Optional<List<NewsProviders.Source>> sources(ClientSession session, int requestId, String requestName,
                                                        List<String> codes) {
        if (codes.isEmpty()) {
            invalid(session, requestId, requestName, "no provider codes");
            return Optional.empty();
        }
        List<NewsProviders.Source> sources = new ArrayList<>();
        for (String code : codes) {
            Optional<NewsProviders.Source> source = NewsProviders.byCode(code);
            if (source.isEmpty()) {
                invalid(session, requestId, requestName, "news provider '" + code + "' is not subscribed");
                return Optional.empty();
            }
            sources.add(source.get());
        }
        return Optional.of(sources);
    }

    static void invalid(ClientSession session, int requestId, String requestName, String cause) {
        session.sendError(requestId, ErrorCodes.REQUEST_VALIDATION_FAILED,
                "Error validating request.-'" + requestName + "' : cause - " + cause);
    }
}
