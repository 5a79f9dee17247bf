package io.tws4j.client.news;

import io.tws4j.client.InvalidRequestException;
import io.tws4j.client.core.CallSpec;
import io.tws4j.client.core.Collector;
import io.tws4j.client.core.LaneKey;
import io.tws4j.client.core.SharedStreamSpec;
import io.tws4j.client.core.StreamSpec;
import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.GenericTick;
import io.tws4j.marketdata.PriceTick;
import io.tws4j.marketdata.SizeTick;
import io.tws4j.marketdata.StringTick;
import io.tws4j.news.HistoricalNews;
import io.tws4j.news.HistoricalNewsRequest;
import io.tws4j.news.NewsArticle;
import io.tws4j.news.NewsBulletin;
import io.tws4j.news.NewsContracts;
import io.tws4j.news.NewsHeadline;
import io.tws4j.news.NewsProvider;
import io.tws4j.news.NewsTick;
import io.tws4j.news.codec.NewsCodec;
import io.tws4j.protocol.proto.MarketDataProto;
import io.tws4j.protocol.proto.NewsProto;
import io.tws4j.protocol.proto.NewsProto.CancelNewsBulletins;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The news requests: what each sends, what its replies become, and what is checked before anything is sent. */
final class NewsRequests {
    /** News providers have no request id: one is asked at a time. */
    static final LaneKey PROVIDERS = LaneKey.of("news providers", InMessage.NEWS_PROVIDERS);
    private static final Pattern PROVIDER_CODE = Pattern.compile("[A-Za-z0-9_.\\-]+");

    private NewsRequests() {}

    static SharedStreamSpec<NewsBulletin> bulletins(boolean allMessages) {
        return SharedStreamSpec.<NewsBulletin>builder("news bulletins", OutMessage.REQ_NEWS_BULLETINS,
                        NewsCodec.bulletinsRequest(allMessages))
                .cancel(OutMessage.CANCEL_NEWS_BULLETINS, CancelNewsBulletins.getDefaultInstance())
                .on(InMessage.NEWS_BULLETINS, NewsProto.NewsBulletin.class, (message, sink) -> sink.next(NewsCodec.bulletin(message)))
                .build();
    }

    static CallSpec<List<NewsProvider>> providers() {
        return CallSpec.<List<NewsProvider>>shared("news providers", PROVIDERS, OutMessage.REQ_NEWS_PROVIDERS,
                        NewsCodec.providersRequest())
                .single(InMessage.NEWS_PROVIDERS, NewsProto.NewsProviders.class, NewsCodec::providers);
    }

    static CallSpec<NewsArticle> article(String providerCode, String articleId) {
        requireProvider(providerCode);
        if (articleId.isBlank()) {
            throw new InvalidRequestException("a news article needs its article id, as a headline gives it");
        }
        return CallSpec.<NewsArticle>byRequestId("news article " + articleId, OutMessage.REQ_NEWS_ARTICLE,
                        id -> NewsCodec.articleRequest(id, providerCode.strip(), articleId.strip()))
                .single(InMessage.NEWS_ARTICLE, NewsProto.NewsArticle.class, NewsCodec::article);
    }

    static CallSpec<HistoricalNews> historical(HistoricalNewsRequest request) {
        check(request);
        return CallSpec.<HistoricalNews>byRequestId("historical news of conId " + request.conId(),
                        OutMessage.REQ_HISTORICAL_NEWS, id -> NewsCodec.historicalRequest(id, request))
                .collect(NewsRequests::headlines);
    }

    /** News ticks on a contract: a market data request for tick 292 only ({@code mdoff}), from some providers or all. */
    static StreamSpec<NewsTick> contractNews(Contract contract, List<String> providerCodes) {
        if (contract.conId() == 0 && contract.symbol().isBlank()) {
            throw new InvalidRequestException("news on a contract needs its conId or symbol; got " + contract.describe());
        }
        providerCodes.forEach(NewsRequests::requireProvider);
        return ticks("news on " + contract.describe(), contract, providerCodes.stream().map(String::strip).toList());
    }

    /** Every headline of one provider: the market data of its broad-tape news contract. */
    static StreamSpec<NewsTick> broadTape(String providerCode) {
        requireProvider(providerCode);
        return ticks("broad-tape news of " + providerCode.strip(), NewsContracts.broadTape(providerCode), List.of());
    }

    /**
     * Only TICK_NEWS becomes items. The other replies a market data request can draw (tick
     * parameters, the market data type, ticks a gateway sends despite {@code mdoff}) are ignored
     * rather than logged as strays.
     */
    private static StreamSpec<NewsTick> ticks(String name, Contract contract, List<String> providerCodes) {
        return StreamSpec.<NewsTick>byRequestId(name, OutMessage.REQ_MKT_DATA,
                        id -> NewsCodec.newsTicksRequest(id, contract, providerCodes))
                .cancel(OutMessage.CANCEL_MKT_DATA, NewsCodec::cancelNewsTicks)
                .on(InMessage.TICK_NEWS, NewsProto.TickNews.class, (message, sink) -> sink.next(NewsCodec.tick(message)))
                .on(InMessage.TICK_REQ_PARAMS, MarketDataProto.TickReqParams.class, (message, sink) -> { })
                .on(InMessage.MARKET_DATA_TYPE, MarketDataProto.MarketDataType.class, (message, sink) -> { })
                .on(InMessage.TICK_PRICE, PriceTick.class, (message, sink) -> { })
                .on(InMessage.TICK_SIZE, SizeTick.class, (message, sink) -> { })
                .on(InMessage.TICK_STRING, StringTick.class, (message, sink) -> { })
                .on(InMessage.TICK_GENERIC, GenericTick.class, (message, sink) -> { })
                .build();
    }

    private static void check(HistoricalNewsRequest request) {
        if (request.conId() <= 0) {
            throw new InvalidRequestException("historical news needs a contract's conId, not " + request.conId());
        }
        if (request.providerCodes().isEmpty()) {
            throw new InvalidRequestException("historical news needs at least one provider code, e.g. providers(\"BRFG\")");
        }
        request.providerCodes().forEach(NewsRequests::requireProvider);
        if (request.totalResults() < 1 || request.totalResults() > HistoricalNewsRequest.MAX_RESULTS) {
            throw new InvalidRequestException("historical news returns 1 to " + HistoricalNewsRequest.MAX_RESULTS
                    + " headlines, not " + request.totalResults());
        }
        if (request.start().isPresent() && request.end().isPresent() && !request.start().get().isBefore(request.end().get())) {
            throw new InvalidRequestException("the news range is empty: from " + request.start().get() + " (exclusive) to "
                    + request.end().get());
        }
    }

    private static void requireProvider(String code) {
        if (!PROVIDER_CODE.matcher(code.strip()).matches()) {
            throw new InvalidRequestException("'" + code + "' is not a news provider code such as BRFG or BZ");
        }
    }

    private static Collector<HistoricalNews> headlines() {
        return new Collector<>() {
            private final List<NewsHeadline> headlines = new ArrayList<>();
            private HistoricalNews result;

            @Override
            public boolean accept(InMessage type, Object message) {
                if (type == InMessage.HISTORICAL_NEWS) {
                    headlines.add(NewsCodec.headline((NewsProto.HistoricalNews) message));
                    return false;
                }
                if (type == InMessage.HISTORICAL_NEWS_END) {
                    result = NewsCodec.historicalNews(headlines, (NewsProto.HistoricalNewsEnd) message);
                    return true;
                }
                return false;
            }

            @Override
            public HistoricalNews result() {
                return result;
            }
        };
    }
}
