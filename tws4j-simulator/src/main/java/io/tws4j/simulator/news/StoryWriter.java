package io.tws4j.simulator.news;

import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.SessionKind;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the simulated stories: each provider's kind of headline (a market column, an analyst
 * action, a trading update, a newsletter item) about the stock's move, and the article behind
 * it. The firms and themes are made up; every article says it reports the simulated market.
 */
final class StoryWriter {
    private static final List<String> FIRMS = List.of("Northgate Securities", "Harbor Lane Capital", "Summit Ridge Partners",
            "Blue Quay Research");
    private static final List<String> THEMES = List.of("investors weigh the earnings outlook", "sector peers move in step",
            "bond yields shift", "traders rotate between sectors", "volume picks up");

    private StoryWriter() {}

    /** Returns when in the day a story ran, as headlines say it: "in early trading", "after hours" ... */
    static String phase(InstrumentMarket prices, Instant time, SessionKind session) {
        LocalTime local = LocalTime.ofInstant(time, prices.profile().calendar().zone());
        if (session == SessionKind.EXTENDED) {
            return local.isBefore(LocalTime.NOON) ? "in pre-market trading" : "after hours";
        }
        if (local.isBefore(LocalTime.of(11, 0))) {
            return "in early trading";
        }
        return local.isBefore(LocalTime.of(14, 0)) ? "at midday" : "in afternoon trading";
    }

    static String headline(String provider, Instrument stock, double change, double price, String phase,
                           SplittableRandom random) {
        String symbol = stock.contract().symbol();
        String name = stock.details().longName();
        String move = String.format(Locale.ROOT, "%.1f%%", Math.abs(change));
        return switch (provider) {
            case "BRFUPDN" -> analystAction(symbol, change, price, random);
            case "BZ" -> String.format(Locale.ROOT, "%s shares are trading %s by %.2f%% %s", name,
                    change >= 0 ? "higher" : "lower", Math.abs(change), phase);
            case "DJNL" -> name + (change >= 0 ? " climbs " : " drops ") + move + " as "
                    + THEMES.get(random.nextInt(THEMES.size()));
            default -> symbol + " " + verb(change) + " " + move + " " + phase;
        };
    }

    /** Returns the provider's extra data of a tick: language, sentiment score and confidence (inferred format). */
    static String extraData(double change, SplittableRandom random) {
        double sentiment = Math.max(-1, Math.min(1, change / 3));
        return String.format(Locale.ROOT, "A:800015:L:en:K:%.2f:C:%.2f", sentiment, 0.5 + random.nextDouble() / 2);
    }

    /** Returns the article of a story, as HTML. */
    static String html(Story story) {
        return "<html><body><h1>" + escape(story.headline()) + "</h1>"
                + "<p>" + paragraph(story) + "</p>"
                + "<p><i>Simulated by the tws4j gateway: this article reports its simulated market, not real events.</i></p>"
                + "</body></html>";
    }

    /** Returns the article of a story as plain text, for the PDF newsletters. */
    static String plain(Story story) {
        return story.headline() + "\n\n" + paragraph(story)
                + "\n\nSimulated by the tws4j gateway: this article reports its simulated market, not real events.";
    }

    private static String paragraph(Story story) {
        return String.format(Locale.ROOT, "%s (%s) traded at %.2f %s, %+.2f%% from the previous close of %.2f.",
                story.stock().details().longName(), story.stock().contract().symbol(), story.price(),
                story.stock().contract().currency(), story.changePercent(), story.previousClose());
    }

    private static String analystAction(String symbol, double change, double price, SplittableRandom random) {
        String firm = FIRMS.get(random.nextInt(FIRMS.size()));
        double target = Math.round(price * (change >= 0 ? 1.1 + random.nextDouble() / 10 : 0.8 + random.nextDouble() / 10));
        if (random.nextBoolean()) {
            return String.format(Locale.ROOT, "%s target %s to $%.0f at %s", symbol, change >= 0 ? "raised" : "lowered",
                    target, firm);
        }
        return symbol + (change >= 0 ? " upgraded to Buy at " : " downgraded to Hold at ") + firm;
    }

    private static String verb(double change) {
        if (Math.abs(change) < 0.5) {
            return change >= 0 ? "edges up" : "slips";
        }
        return change >= 0 ? "rises" : "falls";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
