package io.tws4j.simulator.news;

import io.tws4j.contracts.SecurityType;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.contracts.InstrumentUniverse;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.MarketModel;
import io.tws4j.simulator.market.SessionKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every simulated news story: for each stock, provider and hour, a seeded draw decides whether
 * a story runs and at which second; stories run only while the stock's market is open (regular
 * or extended hours), and their headlines report the stock's move since the previous close, as
 * the market model has it at that second. An article id names its stock and hour, so an article
 * is found again from its id alone.
 */
final class NewsWire {
    private static final long SECONDS_PER_HOUR = 3_600;
    private static final Pattern ARTICLE_ID = Pattern.compile("([A-Z]+)\\$([0-9a-f]{8})([0-9a-f]{7})");

    private final long seed;
    private final InstrumentUniverse universe;
    private final MarketModel market;

    NewsWire(long seed, InstrumentUniverse universe, MarketModel market) {
        this.seed = seed;
        this.universe = universe;
        this.market = market;
    }

    /** Returns the stocks news is written about. */
    List<Instrument> stocks() {
        return universe.all().stream().filter(instrument -> instrument.securityType() == SecurityType.STOCK).toList();
    }

    /** Returns the stories of some stocks and providers in (from, to], oldest first. */
    List<Story> between(List<Instrument> stocks, List<NewsProviders.Source> sources, Instant from, Instant to) {
        List<Story> stories = new ArrayList<>();
        for (long hour = Math.floorDiv(from.getEpochSecond(), SECONDS_PER_HOUR); hour * SECONDS_PER_HOUR <= to.getEpochSecond(); hour++) {
            for (Instrument stock : stocks) {
                for (NewsProviders.Source source : sources) {
                    storyAt(stock, source, hour).filter(story -> story.time().isAfter(from) && !story.time().isAfter(to))
                            .ifPresent(stories::add);
                }
            }
        }
        stories.sort(Comparator.comparing(Story::time));
        return stories;
    }

    /**
     * Returns up to {@code limit} of a stock's stories in (from, to], newest first, and whether
     * the range holds more.
     */
    Page newest(Instrument stock, List<NewsProviders.Source> sources, Instant from, Instant to, int limit) {
        List<Story> found = new ArrayList<>();
        long first = Math.floorDiv(from.getEpochSecond(), SECONDS_PER_HOUR);
        for (long hour = Math.floorDiv(to.getEpochSecond(), SECONDS_PER_HOUR); hour >= first && found.size() <= limit; hour--) {
            List<Story> ofHour = new ArrayList<>();
            for (NewsProviders.Source source : sources) {
                storyAt(stock, source, hour).filter(story -> story.time().isAfter(from) && !story.time().isAfter(to))
                        .ifPresent(ofHour::add);
            }
            ofHour.sort(Comparator.comparing(Story::time).reversed());
            found.addAll(ofHour);
        }
        return new Page(found.stream().limit(limit).toList(), found.size() > limit);
    }

    /** Returns the story an article id names, if it ran. */
    Optional<Story> story(String providerCode, String articleId) {
        Matcher id = ARTICLE_ID.matcher(articleId.strip());
        if (!id.matches() || !id.group(1).equalsIgnoreCase(providerCode.strip())) {
            return Optional.empty();
        }
        Optional<NewsProviders.Source> source = NewsProviders.byCode(id.group(1));
        Optional<Instrument> stock = universe.byConId(HexFormat.fromHexDigits(id.group(2)))
                .filter(instrument -> instrument.securityType() == SecurityType.STOCK);
        if (source.isEmpty() || stock.isEmpty()) {
            return Optional.empty();
        }
        return storyAt(stock.get(), source.get(), HexFormat.fromHexDigitsToLong(id.group(3)));
    }

    /** The story of one stock, provider and hour, if one runs. */
    private Optional<Story> storyAt(Instrument stock, NewsProviders.Source source, long hour) {
        SplittableRandom random = StorySeeds.random(seed, stock.conId(), source.index(), hour);
        if (random.nextDouble() >= source.storiesPerHour()) {
            return Optional.empty();
        }
        Instant time = Instant.ofEpochSecond(hour * SECONDS_PER_HOUR + random.nextInt((int) SECONDS_PER_HOUR));
        InstrumentMarket prices = market.market(stock.conId()).orElse(null);
        if (prices == null) {
            return Optional.empty();
        }
        Optional<SessionKind> session = prices.sessionAt(time);
        Optional<Double> previousClose = previousClose(prices, time);
        if (session.isEmpty() || previousClose.isEmpty()) {
            return Optional.empty();
        }
        double price = prices.midAt(time);
        double change = (price / previousClose.get() - 1) * 100;
        String articleId = source.code() + "$" + HexFormat.of().toHexDigits(stock.conId())
                + HexFormat.of().toHexDigits(hour).substring(9);
        String headline = StoryWriter.headline(source.code(), stock, change, price, StoryWriter.phase(prices, time, session.get()), random);
        return Optional.of(new Story(stock, source.code(), time, articleId, headline, change, price, previousClose.get(),
                StoryWriter.extraData(change, random)));
    }

    /** The mid price at the end of the previous trading day's regular hours. */
    private static Optional<Double> previousClose(InstrumentMarket prices, Instant time) {
        var calendar = prices.profile().calendar();
        Optional<LocalDate> previous = calendar.tradingDayAt(time).flatMap(calendar::previousTradingDay);
        return previous.map(day -> calendar.sessionsOf(day, true).getLast().end().toInstant().minus(Duration.ofSeconds(1)))
                .map(prices::midAt);
    }

    /** Some of a stock's stories, newest first, and whether there were more. */
    record Page(List<Story> stories, boolean hasMore) {}
}
