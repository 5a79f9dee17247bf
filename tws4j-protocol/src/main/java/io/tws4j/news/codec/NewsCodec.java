package io.tws4j.news.codec;

import io.tws4j.contracts.Contract;
import io.tws4j.contracts.codec.ContractsCodec;
import io.tws4j.news.HistoricalNews;
import io.tws4j.news.HistoricalNewsRequest;
import io.tws4j.news.NewsArticle;
import io.tws4j.news.NewsBulletin;
import io.tws4j.news.NewsHeadline;
import io.tws4j.news.NewsProvider;
import io.tws4j.news.NewsTick;
import io.tws4j.protocol.proto.MarketDataProto.CancelMarketData;
import io.tws4j.protocol.proto.MarketDataProto.MarketDataRequest;
import io.tws4j.protocol.proto.NewsProto;
import io.tws4j.protocol.proto.NewsProto.HistoricalNewsEnd;
import io.tws4j.protocol.proto.NewsProto.NewsArticleRequest;
import io.tws4j.protocol.proto.NewsProto.NewsBulletinsRequest;
import io.tws4j.protocol.proto.NewsProto.NewsProvidersRequest;
import io.tws4j.protocol.proto.NewsProto.TickNews;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Both directions of the news messages. Historical news times travel as UTC text
 * ({@link NewsTimes}); provider lists as {@code +}-separated codes; news ticks ride on market
 * data requests whose generic tick list asks for tick 292 ({@link NewsTicks}).
 */
public final class NewsCodec {

    private NewsCodec() {}

    // ---- bulletins

    /** Encodes a bulletin subscription; {@code allMessages} asks for today's earlier bulletins too. */
    public static NewsBulletinsRequest bulletinsRequest(boolean allMessages) {
        NewsBulletinsRequest.Builder request = NewsBulletinsRequest.newBuilder();
        if (allMessages) {
            request.setAllMessages(true);
        }
        return request.build();
    }

    public static NewsProto.NewsBulletin bulletin(NewsBulletin bulletin) {
        return NewsProto.NewsBulletin.newBuilder()
                .setNewsMsgId(bulletin.id())
                .setNewsMsgType(bulletin.type().wireValue())
                .setNewsMessage(bulletin.message())
                .setOriginatingExch(bulletin.exchange())
                .build();
    }

    public static NewsBulletin bulletin(NewsProto.NewsBulletin message) {
        return new NewsBulletin(message.getNewsMsgId(), NewsBulletin.Type.of(message.getNewsMsgType()),
                message.getNewsMessage(), message.getOriginatingExch());
    }

    // ---- providers

    public static NewsProvidersRequest providersRequest() {
        return NewsProvidersRequest.getDefaultInstance();
    }

    public static NewsProto.NewsProviders providers(List<NewsProvider> providers) {
        NewsProto.NewsProviders.Builder message = NewsProto.NewsProviders.newBuilder();
        providers.forEach(provider -> message.addNewsProviders(NewsProto.NewsProvider.newBuilder()
                .setProviderCode(provider.code()).setProviderName(provider.name())));
        return message.build();
    }

    public static List<NewsProvider> providers(NewsProto.NewsProviders message) {
        return message.getNewsProvidersList().stream()
                .map(wire -> new NewsProvider(wire.getProviderCode(), wire.getProviderName()))
                .toList();
    }

    // ---- articles

    public static NewsArticleRequest articleRequest(int requestId, String providerCode, String articleId) {
        return NewsArticleRequest.newBuilder().setReqId(requestId).setProviderCode(providerCode).setArticleId(articleId)
                .build();
    }

    /** Encodes an article; a text article's type (0) stays off the wire, as unset. */
    public static NewsProto.NewsArticle article(int requestId, NewsArticle article) {
        NewsProto.NewsArticle.Builder message = NewsProto.NewsArticle.newBuilder().setReqId(requestId)
                .setArticleText(article.text());
        if (article.type().wireValue() != 0) {
            message.setArticleType(article.type().wireValue());
        }
        return message.build();
    }

    public static NewsArticle article(NewsProto.NewsArticle message) {
        return new NewsArticle(NewsArticle.Type.of(message.getArticleType()), message.getArticleText());
    }

    // ---- historical news

    /** Encodes a historical news request; an unbounded end or start travels as an empty text. */
    public static NewsProto.HistoricalNewsRequest historicalRequest(int requestId, HistoricalNewsRequest request) {
        NewsProto.HistoricalNewsRequest.Builder wire = NewsProto.HistoricalNewsRequest.newBuilder()
                .setReqId(requestId)
                .setConId(request.conId())
                .setProviderCodes(String.join("+", request.providerCodes()))
                .setTotalResults(request.totalResults());
        request.start().ifPresent(start -> wire.setStartDateTime(NewsTimes.format(start)));
        request.end().ifPresent(end -> wire.setEndDateTime(NewsTimes.format(end)));
        return wire.build();
    }

    /**
     * Decodes a historical news request.
     *
     * @throws java.time.format.DateTimeParseException if a bound is not a time TWS would accept
     */
    public static HistoricalNewsRequest historicalRequest(NewsProto.HistoricalNewsRequest wire) {
        HistoricalNewsRequest.Builder request = HistoricalNewsRequest.builder(wire.getConId())
                .providers(providerList(wire.getProviderCodes()))
                .totalResults(wire.getTotalResults());
        NewsTimes.parseOptional(wire.getStartDateTime()).ifPresent(request::start);
        NewsTimes.parseOptional(wire.getEndDateTime()).ifPresent(request::end);
        return request.build();
    }

    public static NewsProto.HistoricalNews headline(int requestId, NewsHeadline headline) {
        return NewsProto.HistoricalNews.newBuilder()
                .setReqId(requestId)
                .setTime(NewsTimes.format(headline.time()))
                .setProviderCode(headline.providerCode())
                .setArticleId(headline.articleId())
                .setHeadline(headline.headline())
                .build();
    }

    /**
     * Decodes one historical headline.
     *
     * @throws java.time.format.DateTimeParseException if its time is not TWS's format
     */
    public static NewsHeadline headline(NewsProto.HistoricalNews message) {
        return new NewsHeadline(NewsTimes.parse(message.getTime()), message.getProviderCode(), message.getArticleId(),
                message.getHeadline());
    }

    public static HistoricalNewsEnd historicalEnd(int requestId, boolean hasMore) {
        HistoricalNewsEnd.Builder message = HistoricalNewsEnd.newBuilder().setReqId(requestId);
        if (hasMore) {
            message.setHasMore(true);
        }
        return message.build();
    }

    /** Returns the page of headlines collected and the end marker's verdict. */
    public static HistoricalNews historicalNews(List<NewsHeadline> headlines, HistoricalNewsEnd end) {
        return new HistoricalNews(headlines, end.getHasMore());
    }

    // ---- news ticks

    /** Encodes a news tick subscription: a market data request for news only, on a contract or a broad tape. */
    public static MarketDataRequest newsTicksRequest(int requestId, Contract contract, List<String> providerCodes) {
        return MarketDataRequest.newBuilder()
                .setReqId(requestId)
                .setContract(ContractsCodec.contract(contract))
                .setGenericTickList(NewsTicks.genericTickList(providerCodes))
                .build();
    }

    public static CancelMarketData cancelNewsTicks(int requestId) {
        return CancelMarketData.newBuilder().setReqId(requestId).build();
    }

    public static TickNews tick(int requestId, NewsTick tick) {
        TickNews.Builder message = TickNews.newBuilder()
                .setReqId(requestId)
                .setTimestamp(tick.time().toEpochMilli())
                .setProviderCode(tick.providerCode())
                .setArticleId(tick.articleId())
                .setHeadline(tick.headline());
        if (!tick.extraData().isEmpty()) {
            message.setExtraData(tick.extraData());
        }
        return message.build();
    }

    public static NewsTick tick(TickNews message) {
        return new NewsTick(Instant.ofEpochMilli(message.getTimestamp()), message.getProviderCode(),
                message.getArticleId(), message.getHeadline(), message.getExtraData());
    }

    /** Splits a {@code +}-separated provider list; empty for an empty text. */
    public static List<String> providerList(String codes) {
        return Arrays.stream(codes.split("\\+")).map(String::strip).filter(code -> !code.isEmpty()).toList();
    }

    /** Returns the providers a generic tick list asks news of: empty if it asks none, a list (maybe empty, for all) if it does. */
    public static Optional<List<String>> newsProviders(String genericTickList) {
        return NewsTicks.providers(genericTickList);
    }
}
