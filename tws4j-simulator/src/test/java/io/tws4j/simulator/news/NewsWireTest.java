package io.tws4j.simulator.news;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.contracts.InstrumentUniverse;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.MarketModel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulated news: deterministic, written while markets are open, about the moves the model made. */
class NewsWireTest {
    private static final Instant NOW = Instant.parse("2025-03-07T20:00:00Z");
    private static final Instant WEEK_AGO = NOW.minus(Duration.ofDays(7));

    private static InstrumentUniverse universe;
    private static MarketModel market;
    private static NewsWire wire;
    private static Instrument aapl;

    @BeforeAll
    static void wire() {
        universe = InstrumentUniverse.standard(LocalDate.of(2025, 3, 7));
        market = universe.marketModel(7, InstantSource.fixed(NOW), null);
        wire = new NewsWire(7, universe, market);
        aapl = universe.byConId(265598).orElseThrow();
    }

    @Test
    void aWeekOfNewsRunsOnlyWhileTheMarketIsOpen() {
        List<Story> stories = wire.between(List.of(aapl), NewsProviders.ALL, WEEK_AGO, NOW);
        InstrumentMarket prices = market.market(aapl.conId()).orElseThrow();

        assertThat(stories).hasSizeBetween(8, 60);
        assertThat(stories).isSortedAccordingTo(Comparator.comparing(Story::time));
        assertThat(stories).allSatisfy(story -> {
            assertThat(prices.sessionAt(story.time())).isPresent();
            assertThat(story.time()).isAfter(WEEK_AGO).isBeforeOrEqualTo(NOW);
            assertThat(story.stock()).isEqualTo(aapl);
        });
        assertThat(stories).extracting(Story::providerCode).contains("BRFG", "BZ");
    }

    @Test
    void headlinesTellTheMoveTheModelMade() {
        List<Story> columns = wire.between(List.of(aapl), List.of(NewsProviders.byCode("BRFG").orElseThrow()), WEEK_AGO, NOW);

        assertThat(columns).isNotEmpty().allSatisfy(story -> {
            assertThat(story.headline()).startsWith("AAPL ");
            assertThat(story.headline()).containsAnyOf(story.changePercent() >= 0 ? new String[] {"rises", "edges up"}
                    : new String[] {"falls", "slips"});
            assertThat(story.headline()).contains(String.format(Locale.ROOT, "%.1f%%", Math.abs(story.changePercent())));
            assertThat(story.price()).isEqualTo(market.market(aapl.conId()).orElseThrow().midAt(story.time()));
        });
    }

    @Test
    void articleIdsFindTheirStoryAgain() {
        for (Story story : wire.between(wire.stocks(), NewsProviders.ALL, NOW.minus(Duration.ofDays(1)), NOW)) {
            assertThat(wire.story(story.providerCode(), story.articleId())).contains(story);
        }
        Story one = wire.between(List.of(aapl), NewsProviders.ALL, WEEK_AGO, NOW).getFirst();
        assertThat(wire.story("DJNL".equals(one.providerCode()) ? "BZ" : "DJNL", one.articleId())).isEmpty();
        assertThat(wire.story(one.providerCode(), one.articleId() + "0")).isEmpty();
        assertThat(wire.story("BZ", "BZ$0000000000000000")).isEmpty();
    }

    @Test
    void newestComesFirstWithAVerdictOnMore() {
        List<Story> all = wire.between(List.of(aapl), NewsProviders.ALL, WEEK_AGO, NOW);

        NewsWire.Page page = wire.newest(aapl, NewsProviders.ALL, WEEK_AGO, NOW, 5);
        NewsWire.Page everything = wire.newest(aapl, NewsProviders.ALL, WEEK_AGO, NOW, 300);

        assertThat(page.stories()).containsExactlyElementsOf(all.reversed().subList(0, 5));
        assertThat(page.hasMore()).isTrue();
        assertThat(everything.stories()).containsExactlyElementsOf(all.reversed());
        assertThat(everything.hasMore()).isFalse();
    }

    @Test
    void theSameSeedTellsTheSameNewsAndAnotherSeedOther() {
        NewsWire same = new NewsWire(7, universe, market);
        NewsWire other = new NewsWire(8, universe, universe.marketModel(8, InstantSource.fixed(NOW), null));

        assertThat(same.between(wire.stocks(), NewsProviders.ALL, WEEK_AGO, NOW))
                .isEqualTo(wire.between(wire.stocks(), NewsProviders.ALL, WEEK_AGO, NOW));
        assertThat(other.between(List.of(aapl), NewsProviders.ALL, WEEK_AGO, NOW))
                .isNotEqualTo(wire.between(List.of(aapl), NewsProviders.ALL, WEEK_AGO, NOW));
    }

    @Test
    void newslettersArePdfDocuments() {
        Story story = wire.between(List.of(aapl), NewsProviders.ALL, WEEK_AGO, NOW).getFirst();

        byte[] pdf = PdfArticle.pdf(StoryWriter.plain(story));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);

        assertThat(text).startsWith("%PDF-1.4").endsWith("%%EOF\n").contains(story.stock().details().longName());
        int xref = Integer.parseInt(text.substring(text.indexOf("startxref\n") + 10, text.lastIndexOf("\n%%EOF")));
        assertThat(text.substring(xref)).startsWith("xref");
        assertThat(StoryWriter.html(story)).contains(story.headline()).contains("simulated");
    }
}
