package io.tws4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.contracts.Contract;
import io.tws4j.news.NewsContracts;
import io.tws4j.news.codec.NewsCodec;
import io.tws4j.protocol.proto.ConnectionProto.ErrorMessage;
import io.tws4j.protocol.proto.MarketDataProto.CancelMarketData;
import io.tws4j.protocol.proto.NewsProto.HistoricalNews;
import io.tws4j.protocol.proto.NewsProto.HistoricalNewsEnd;
import io.tws4j.protocol.proto.NewsProto.HistoricalNewsRequest;
import io.tws4j.protocol.proto.NewsProto.NewsArticle;
import io.tws4j.protocol.proto.NewsProto.NewsArticleRequest;
import io.tws4j.protocol.proto.NewsProto.NewsProviders;
import io.tws4j.protocol.proto.NewsProto.NewsProvidersRequest;
import io.tws4j.protocol.proto.NewsProto.TickNews;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** News on the wire, spoken to by a raw client: providers, headlines and their articles, news ticks on REQ_MKT_DATA. */
class GatewayNewsIT {
    private static final Instant FRIDAY_CLOSE = Instant.parse("2025-03-07T21:00:00Z");

    private SimulatedGateway gateway;

    @BeforeEach
    void start() {
        // An hour of gateway time every second, from Friday's close in New York.
        gateway = SimulatedGateway.builder().seed(5).startTime(FRIDAY_CLOSE).speed(3600).build().start();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void providersAreTheFourOfTheLogin() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_NEWS_PROVIDERS, NewsProvidersRequest.getDefaultInstance());

            assertThat(client.next()).isEqualTo(InMessage.NEWS_PROVIDERS);
            assertThat(client.body(NewsProviders.parser()).getNewsProvidersList())
                    .extracting(provider -> provider.getProviderCode()).containsExactly("BRFG", "BRFUPDN", "BZ", "DJNL");
        }
    }

    @Test
    void headlinesComeNewestFirstThenTheEndAndEachArticleCanBeRead() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_HISTORICAL_NEWS, HistoricalNewsRequest.newBuilder().setReqId(3).setConId(265598)
                    .setProviderCodes("BRFG+BZ+DJNL").setStartDateTime("2025-03-01 00:00:00.0")
                    .setEndDateTime("2025-03-07 21:00:00.0").setTotalResults(6).build());

            List<HistoricalNews> headlines = new ArrayList<>();
            while (client.next() == InMessage.HISTORICAL_NEWS) {
                headlines.add(client.body(HistoricalNews.parser()));
            }
            HistoricalNewsEnd end = client.body(HistoricalNewsEnd.parser());
            assertThat(headlines).hasSize(6).allSatisfy(headline -> assertThat(headline.getReqId()).isEqualTo(3));
            assertThat(headlines).extracting(HistoricalNews::getTime).isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(end.getHasMore()).isTrue();

            for (HistoricalNews headline : headlines) {
                client.send(OutMessage.REQ_NEWS_ARTICLE, NewsArticleRequest.newBuilder().setReqId(4)
                        .setProviderCode(headline.getProviderCode()).setArticleId(headline.getArticleId()).build());
                assertThat(client.next()).isEqualTo(InMessage.NEWS_ARTICLE);
                NewsArticle article = client.body(NewsArticle.parser());
                assertThat(article.getArticleType()).isEqualTo(headline.getProviderCode().equals("DJNL") ? 1 : 0);
                assertThat(article.getArticleText()).isNotEmpty();
            }
        }
    }

    @Test
    void unknownArticlesAndProvidersAreRefused() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_NEWS_ARTICLE, NewsArticleRequest.newBuilder().setReqId(8).setProviderCode("BZ")
                    .setArticleId("BZ$nonsense").build());
            assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
            ErrorMessage noArticle = client.body(ErrorMessage.parser());
            client.send(OutMessage.REQ_HISTORICAL_NEWS, HistoricalNewsRequest.newBuilder().setReqId(9).setConId(265598)
                    .setProviderCodes("REUTERS").setTotalResults(5).build());
            assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
            ErrorMessage noProvider = client.body(ErrorMessage.parser());

            assertThat(noArticle.getId()).isEqualTo(8);
            assertThat(noArticle.getErrorCode()).isEqualTo(10172);
            assertThat(noArticle.getErrorMsg()).isEqualTo("Failed to request news article: No data available");
            assertThat(noProvider.getId()).isEqualTo(9);
            assertThat(noProvider.getErrorCode()).isEqualTo(321);
            assertThat(noProvider.getErrorMsg()).contains("REUTERS");
        }
    }

    @Test
    void aBroadTapeStreamsTickNewsAsStoriesRunUntilCancelled() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            // Friday evening to Monday: the weekend passes in about two and a half minutes; after-hours stories come first.
            client.send(OutMessage.REQ_MKT_DATA, NewsCodec.newsTicksRequest(12, NewsContracts.broadTape("BZ"), List.of()));

            assertThat(client.next()).isEqualTo(InMessage.TICK_NEWS);
            TickNews tick = client.body(TickNews.parser());
            assertThat(tick.getReqId()).isEqualTo(12);
            assertThat(tick.getProviderCode()).isEqualTo("BZ");
            assertThat(tick.getArticleId()).startsWith("BZ$");
            assertThat(tick.getHeadline()).contains("shares are trading");
            assertThat(Instant.ofEpochMilli(tick.getTimestamp())).isAfter(FRIDAY_CLOSE);
            client.send(OutMessage.CANCEL_MKT_DATA, CancelMarketData.newBuilder().setReqId(12).build());
            client.send(OutMessage.REQ_NEWS_PROVIDERS, NewsProvidersRequest.getDefaultInstance());
            while (client.next() == InMessage.TICK_NEWS) {
                client.reader.finish();
            }
            client.reader.finish();
        }
    }

    @Test
    void marketDataWithoutNewsIsNotServedYetAndUnknownNewsContractsAre200() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_MKT_DATA, NewsCodec.newsTicksRequest(13, NewsContracts.broadTape("NOPE"), List.of()));
            assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
            ErrorMessage unknownTape = client.body(ErrorMessage.parser());
            client.send(OutMessage.REQ_MKT_DATA, NewsCodec.newsTicksRequest(14, Contract.stock("NOSUCH").build(), List.of("BZ")));
            assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
            ErrorMessage unknownStock = client.body(ErrorMessage.parser());

            assertThat(unknownTape.getId()).isEqualTo(13);
            assertThat(unknownTape.getErrorCode()).isEqualTo(200);
            assertThat(unknownStock.getId()).isEqualTo(14);
            assertThat(unknownStock.getErrorCode()).isEqualTo(200);
        }
    }
}
