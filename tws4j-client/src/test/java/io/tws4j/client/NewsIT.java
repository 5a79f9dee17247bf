package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.news.HistoricalNews;
import io.tws4j.news.NewsArticle;
import io.tws4j.news.NewsHeadline;
import io.tws4j.news.NewsProvider;
import io.tws4j.protocol.proto.NewsProto.HistoricalNewsRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.SimulatedGateway;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** News providers, historical headlines with paging, and articles, through both surfaces, with TWS's refusals. */
class NewsIT {
    private static final int AAPL = 265598;
    /** Friday 7 March 2025, 15:00 in New York. */
    private static final Instant FRIDAY = Instant.parse("2025-03-07T20:00:00Z");
    private static final Instant MARCH_FIRST = Instant.parse("2025-03-01T00:00:00Z");

    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perClass(
            () -> SimulatedGateway.builder().seed(4).clock(InstantSource.fixed(FRIDAY)));

    @BeforeEach
    void forgetEarlierRequests() {
        while (gateway.get().takeRequest(Duration.ZERO).isPresent()) {
            // each scenario checks only what it sent
        }
    }

    @ParameterizedTest
    @EnumSource(NewsSurface.class)
    void theLoginHasFourProviders(NewsSurface surface) {
        try (TwsClient client = connect(10, surface)) {
            assertThat(surface.providers(client)).extracting(NewsProvider::code).containsExactly("BRFG", "BRFUPDN", "BZ", "DJNL");
            assertThat(surface.providers(client).getFirst().name()).isEqualTo("Briefing.com General Market Columns");
        }
    }

    @ParameterizedTest
    @EnumSource(NewsSurface.class)
    void historicalHeadlinesComeNewestFirstAndPageBackwards(NewsSurface surface) {
        try (TwsClient client = connect(20, surface)) {
            HistoricalNews first = surface.historical(client, AAPL, query -> query.providers("BRFG", "BZ", "DJNL")
                    .between(MARCH_FIRST, FRIDAY).limit(5));
            HistoricalNews second = surface.historical(client, AAPL, query -> query.providers("BRFG", "BZ", "DJNL")
                    .between(MARCH_FIRST, FRIDAY).limit(5).olderThan(first));

            assertThat(first.headlines()).hasSize(5).isSortedAccordingTo(Comparator.comparing(NewsHeadline::time).reversed());
            assertThat(first.hasMore()).isTrue();
            assertThat(first.headlines()).allSatisfy(headline -> {
                assertThat(headline.providerCode()).isIn("BRFG", "BZ", "DJNL");
                assertThat(headline.time()).isAfter(MARCH_FIRST).isBeforeOrEqualTo(FRIDAY);
            });
            assertThat(second.headlines()).isNotEmpty()
                    .allSatisfy(headline -> assertThat(headline.time()).isBefore(first.oldest().orElseThrow()));
            HistoricalNewsRequest sent = gateway.get().takeRequest(OutMessage.REQ_HISTORICAL_NEWS, TestOptions.WAIT).orElseThrow()
                    .body(HistoricalNewsRequest.class);
            assertThat(sent.getConId()).isEqualTo(AAPL);
            assertThat(sent.getProviderCodes()).isEqualTo("BRFG+BZ+DJNL");
            assertThat(sent.getStartDateTime()).isEqualTo("2025-03-01 00:00:00.0");
            assertThat(sent.getEndDateTime()).isEqualTo("2025-03-07 20:00:00.0");
            assertThat(sent.getTotalResults()).isEqualTo(5);
        }
    }

    @ParameterizedTest
    @EnumSource(NewsSurface.class)
    void articlesAreHtmlOrPdfNewsletters(NewsSurface surface) {
        try (TwsClient client = connect(30, surface)) {
            NewsHeadline column = surface.historical(client, AAPL, query -> query.providers("BZ").to(FRIDAY).limit(1))
                    .headlines().getFirst();
            NewsHeadline newsletter = surface.historical(client, AAPL, query -> query.providers("DJNL").to(FRIDAY).limit(1))
                    .headlines().getFirst();

            NewsArticle html = surface.article(client, column.providerCode(), column.articleId());
            NewsArticle pdf = surface.article(client, newsletter.providerCode(), newsletter.articleId());

            assertThat(html.type()).isEqualTo(NewsArticle.Type.TEXT);
            assertThat(html.text()).contains(column.headline()).contains("APPLE INC");
            assertThat(pdf.type()).isEqualTo(NewsArticle.Type.BINARY);
            assertThat(new String(pdf.bytes(), StandardCharsets.ISO_8859_1)).startsWith("%PDF").contains("APPLE INC");
        }
    }

    @ParameterizedTest
    @EnumSource(NewsSurface.class)
    void anUnknownArticleIsRejectedWith10172(NewsSurface surface) {
        try (TwsClient client = connect(40, surface)) {
            assertThatThrownBy(() -> surface.article(client, "BZ", "BZ$0000000000000000"))
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> {
                        assertThat(e.code()).isEqualTo(10172);
                        assertThat(e.getMessage()).contains("No data available");
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(NewsSurface.class)
    void aProviderTheLoginLacksIsRejectedWith321(NewsSurface surface) {
        try (TwsClient client = connect(50, surface)) {
            assertThatThrownBy(() -> surface.historical(client, AAPL, query -> query.providers("REUTERS").limit(3)))
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> {
                        assertThat(e.code()).isEqualTo(321);
                        assertThat(e.getMessage()).contains("REUTERS");
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(NewsSurface.class)
    void impossibleRequestsAreRefusedBeforeAnythingIsSent(NewsSurface surface) {
        try (TwsClient client = connect(60, surface)) {
            assertThatThrownBy(() -> surface.historical(client, AAPL, query -> query.limit(5)))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("at least one provider");
            assertThatThrownBy(() -> surface.historical(client, AAPL, query -> query.providers("BZ").limit(301)))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("1 to 300");
            assertThatThrownBy(() -> surface.historical(client, AAPL, query -> query.providers("BZ+DJNL")))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("not a news provider code");
            assertThatThrownBy(() -> surface.historical(client, AAPL, query -> query.providers("BZ").between(FRIDAY, MARCH_FIRST)))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("range is empty");
            assertThatThrownBy(() -> surface.article(client, "BZ", " "))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("article id");
            assertThat(gateway.get().takeRequest(OutMessage.REQ_HISTORICAL_NEWS, Duration.ofMillis(200))).isEmpty();
            assertThat(gateway.get().takeRequest(OutMessage.REQ_NEWS_ARTICLE, Duration.ZERO)).isEmpty();
        }
    }

    private static TwsClient connect(int clientId, NewsSurface surface) {
        return TwsClient.connect(TestOptions.against(gateway.get(), clientId + surface.ordinal()).build());
    }
}
