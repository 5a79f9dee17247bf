package io.tws4j.news.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.contracts.Contract;
import io.tws4j.contracts.SecurityType;
import io.tws4j.news.HistoricalNewsRequest;
import io.tws4j.news.NewsArticle;
import io.tws4j.news.NewsContracts;
import io.tws4j.news.NewsHeadline;
import io.tws4j.news.NewsProvider;
import io.tws4j.news.NewsTick;
import io.tws4j.protocol.proto.MarketDataProto.MarketDataRequest;
import io.tws4j.protocol.proto.NewsProto;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** News messages survive the wire: providers, articles, historical headlines and their times, news ticks. */
class NewsCodecTest {
    private static final String[] CODES = {"BRFG", "BRFUPDN", "DJNL", "BZ", "DJ-N"};

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void historicalRequestSurvivesTheWire(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        HistoricalNewsRequest.Builder request = HistoricalNewsRequest.builder(random.nextInt(1, Integer.MAX_VALUE))
                .providers(List.of(CODES).subList(0, random.nextInt(1, CODES.length)))
                .totalResults(random.nextInt(1, 301));
        Instant start = Instant.ofEpochSecond(random.nextLong(946_684_800L, 1_900_000_000L));
        if (random.nextBoolean()) {
            request.start(start);
        }
        if (random.nextBoolean()) {
            request.end(start.plusSeconds(random.nextLong(1, 86_400L * 30)));
        }
        HistoricalNewsRequest sent = request.build();

        byte[] bytes = NewsCodec.historicalRequest(11, sent).toByteArray();
        NewsProto.HistoricalNewsRequest decoded = NewsProto.HistoricalNewsRequest.parseFrom(bytes);

        assertThat(decoded.getReqId()).isEqualTo(11);
        assertThat(NewsCodec.historicalRequest(decoded)).isEqualTo(sent);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void headlineAndTickSurviveTheWire(long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed * 7);
        Instant time = Instant.ofEpochMilli(random.nextLong(946_684_800_000L, 1_900_000_000_000L));
        String code = CODES[random.nextInt(CODES.length)];
        NewsHeadline headline = new NewsHeadline(time.minusNanos(time.getNano() % 100_000_000), code, code + "$" + seed,
                "AAPL rises " + seed + "% ✓");
        NewsTick tick = new NewsTick(time, code, code + "$" + seed, "headline", seed % 2 == 0 ? "" : "{A:800015:L:en}");

        NewsHeadline headlineBack = NewsCodec.headline(NewsProto.HistoricalNews.parseFrom(NewsCodec.headline(3, headline).toByteArray()));
        NewsTick tickBack = NewsCodec.tick(NewsProto.TickNews.parseFrom(NewsCodec.tick(3, tick).toByteArray()));

        assertThat(headlineBack).isEqualTo(headline);
        assertThat(tickBack).isEqualTo(tick);
    }

    @Test
    void historicalTimesAreUtcTextWithOneDecimal() {
        Instant time = Instant.parse("2025-03-04T14:31:07.250Z");

        String text = NewsCodec.headline(1, new NewsHeadline(time, "BZ", "BZ$1", "x")).getTime();

        assertThat(text).isEqualTo("2025-03-04 14:31:07.2");
        assertThat(NewsTimes.parse("2025-03-04 14:31:07.0")).isEqualTo(Instant.parse("2025-03-04T14:31:07Z"));
        assertThat(NewsTimes.parse("2025-03-04 14:31:07")).isEqualTo(Instant.parse("2025-03-04T14:31:07Z"));
        assertThat(NewsTimes.parse("2025-03-04 14:31:07.123456")).isEqualTo(Instant.parse("2025-03-04T14:31:07.123456Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-04T14:31:07", "20250304 14:31:07", "yesterday", "2025-13-01 00:00:00.0"})
    void malformedTimesAreRefusedByName(String text) {
        assertThatThrownBy(() -> NewsTimes.parse(text)).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void unboundedRangeTravelsAsEmptyTimes() {
        HistoricalNewsRequest request = HistoricalNewsRequest.builder(265598).providers(List.of("BRFG", "DJNL")).build();

        NewsProto.HistoricalNewsRequest wire = NewsCodec.historicalRequest(1, request);

        assertThat(wire.getProviderCodes()).isEqualTo("BRFG+DJNL");
        assertThat(wire.hasStartDateTime()).isFalse();
        assertThat(wire.hasEndDateTime()).isFalse();
        assertThat(NewsCodec.historicalRequest(wire).start()).isEmpty();
    }

    @Test
    void providersSurviveTheWire() throws Exception {
        List<NewsProvider> providers = List.of(new NewsProvider("BRFG", "Briefing.com General Market Columns"),
                new NewsProvider("BZ", "Benzinga Pro"));

        byte[] bytes = NewsCodec.providers(providers).toByteArray();

        assertThat(NewsCodec.providers(NewsProto.NewsProviders.parseFrom(bytes))).isEqualTo(providers);
    }

    @Test
    void articlesAreTextOrBase64() throws Exception {
        NewsArticle text = new NewsArticle(NewsArticle.Type.TEXT, "<p>AAPL rises</p>");
        byte[] pdf = "%PDF-1.4 fake".getBytes(StandardCharsets.US_ASCII);
        NewsArticle binary = new NewsArticle(NewsArticle.Type.BINARY, Base64.getEncoder().encodeToString(pdf));

        NewsProto.NewsArticle textWire = NewsCodec.article(5, text);
        NewsArticle binaryBack = NewsCodec.article(NewsProto.NewsArticle.parseFrom(NewsCodec.article(5, binary).toByteArray()));

        assertThat(textWire.hasArticleType()).isFalse();
        assertThat(NewsCodec.article(textWire)).isEqualTo(text);
        assertThat(binaryBack.bytes()).isEqualTo(pdf);
        assertThat(NewsArticle.Type.of(7)).isEqualTo(NewsArticle.Type.UNKNOWN);
    }

    @Test
    void newsTicksAskForTick292WithMarketDataOff() {
        MarketDataRequest all = NewsCodec.newsTicksRequest(4, Contract.stock("AAPL").build(), List.of());
        MarketDataRequest some = NewsCodec.newsTicksRequest(4, Contract.stock("AAPL").build(), List.of("BRFG", "DJNL"));

        assertThat(all.getGenericTickList()).isEqualTo("mdoff,292");
        assertThat(some.getGenericTickList()).isEqualTo("mdoff,292:BRFG+DJNL");
        assertThat(all.hasSnapshot()).isFalse();
        assertThat(NewsCodec.newsProviders("mdoff,292")).contains(List.of());
        assertThat(NewsCodec.newsProviders("100,101,292:BZ+FLY")).contains(List.of("BZ", "FLY"));
        assertThat(NewsCodec.newsProviders("100,2920,236")).isEmpty();
        assertThat(NewsCodec.newsProviders("")).isEmpty();
    }

    @Test
    void broadTapeContractsNameTheirProvider() {
        Contract tape = NewsContracts.broadTape("brfg");

        assertThat(tape.symbol()).isEqualTo("BRFG:BRFG_ALL");
        assertThat(tape.securityType()).isEqualTo(SecurityType.NEWS);
        assertThat(tape.exchange()).isEqualTo("BRFG");
        assertThat(NewsContracts.provider(tape)).contains("BRFG");
        assertThat(NewsContracts.provider(Contract.stock("AAPL").build())).isEqualTo(Optional.empty());
        assertThat(NewsContracts.provider(tape.toBuilder().symbol("BRFG:OTHER").build())).isEmpty();
    }

    @Test
    void headlineOrderIsNewestFirst() {
        Instant now = Instant.parse("2025-03-04T15:00:00Z");
        var page = NewsCodec.historicalNews(List.of(new NewsHeadline(now.minus(Duration.ofHours(2)), "BZ", "a", "old"),
                new NewsHeadline(now, "BZ", "b", "new")), NewsCodec.historicalEnd(1, true));

        assertThat(page.headlines()).extracting(NewsHeadline::headline).containsExactly("new", "old");
        assertThat(page.hasMore()).isTrue();
        assertThat(page.oldest()).contains(now.minus(Duration.ofHours(2)));
    }
}
