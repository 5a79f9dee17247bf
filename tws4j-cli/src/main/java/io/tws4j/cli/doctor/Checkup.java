package io.tws4j.cli.doctor;

import io.tws4j.cli.Session;
import io.tws4j.client.FeatureNotSupportedException;
import io.tws4j.client.RequestRejectedException;
import io.tws4j.client.StreamItem;
import io.tws4j.client.TwsClient;
import io.tws4j.client.TwsException;
import io.tws4j.client.marketdata.Ticker;
import io.tws4j.config.ApiSettings;
import io.tws4j.config.Configuration;
import io.tws4j.connection.FarmStatus;
import io.tws4j.connection.Notice;
import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.MarketDataType;
import io.tws4j.marketdata.TickerSnapshot;
import io.tws4j.protocol.wire.ServerVersion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks {@code tws4j doctor} runs on a connected session, each turned into a {@link Check}
 * with advice. Kept apart from the command so that each reads on its own.
 */
final class Checkup {
    private static final Duration NOTICE_WAIT = Duration.ofMillis(1500);
    private static final Duration QUOTE_WAIT = Duration.ofSeconds(6);

    private final Session session;
    private final TwsClient client;
    private final boolean liveOk;
    private final boolean readOnlyOk;

    Checkup(Session session, boolean liveOk, boolean readOnlyOk) {
        this.session = session;
        this.client = session.client();
        this.liveOk = liveOk;
        this.readOnlyOk = readOnlyOk;
    }

    Check serverVersion() {
        int version = client.serverVersion();
        String detail = version + " (tws4j speaks " + ServerVersion.MIN_SUPPORTED.number() + " to " + ServerVersion.MAX_SUPPORTED.number() + ")";
        return Check.ok("server version", detail);
    }

    /** Paper accounts are DU… (individual) or DF… (advisor); anything else trades real money. */
    Check accounts() {
        List<String> accounts = client.managedAccounts();
        if (accounts.isEmpty()) {
            return Check.fail("managed accounts", "none reported", "log in to TWS or IB Gateway with a user that has accounts");
        }
        List<String> live = accounts.stream().filter(account -> !account.startsWith("DU") && !account.startsWith("DF")).toList();
        if (live.isEmpty()) {
            return Check.ok("managed accounts", String.join(", ", accounts) + " (paper)");
        }
        String detail = String.join(", ", accounts) + " (live: " + String.join(", ", live) + ")";
        return liveOk ? Check.info("managed accounts", detail)
                : Check.warn("managed accounts", detail, "orders placed through the API are real: log in with your paper"
                        + " trading user to test, or pass --live-ok if a live login is what you want");
    }

    /** The farm notices TWS sends right after the handshake (2104/2106/2158 fine, 2103/2105/2157 broken). */
    Check farms() {
        List<Notice> farms = new ArrayList<>();
        long deadline = System.nanoTime() + NOTICE_WAIT.toNanos();
        Optional<StreamItem<Notice>> item;
        while ((item = session.notices().next(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))).isPresent()) {
            if (item.get() instanceof StreamItem.Data<Notice>(Notice notice) && notice.farmStatus().isPresent()) {
                farms.add(notice);
            }
        }
        if (farms.isEmpty()) {
            return Check.warn("data farms", "no farm status reported", "TWS reports its data farms right after login;"
                    + " check TWS's connection indicator, or restart it");
        }
        List<String> broken = farms.stream().filter(notice -> notice.farmStatus().get() == FarmStatus.BROKEN)
                .map(Notice::message).toList();
        String detail = String.join("; ", farms.stream().map(notice -> notice.code() + " " + notice.message()).distinct().toList());
        if (!broken.isEmpty()) {
            return Check.fail("data farms", detail, "a farm connection is broken: check the internet connection and IB's"
                    + " system status; TWS reconnects by itself (2104/2106/2158 say it is back)");
        }
        return Check.ok("data farms", detail);
    }

    /** Read-Only API, read through the configuration request (TWS 10.36 and newer). */
    Check readOnlyApi(Optional<Configuration> config) {
        if (config.isEmpty()) {
            return Check.info("read-only API", "not readable at server version " + client.serverVersion()
                    + "; see Global Configuration > API > Settings");
        }
        Optional<Boolean> readOnly = config.get().api().settings().readOnlyApi();
        if (readOnly.isEmpty()) {
            return Check.info("read-only API", "not reported");
        }
        if (!readOnly.get()) {
            return Check.ok("read-only API", "off: the API may place orders");
        }
        return readOnlyOk ? Check.info("read-only API", "on: orders through the API are refused")
                : Check.warn("read-only API", "on: orders through the API are refused (error 321)",
                        "to trade through the API, untick 'Read-Only API' in Global Configuration > API > Settings;"
                                + " pass --read-only-ok if you only read data");
    }

    /** What TWS does with a burst of requests, and the historical data limits that go with it. */
    Check pacing(Optional<Configuration> config) {
        if (config.isEmpty()) {
            return Check.info("pacing", "TWS accepts at most 50 messages a second from a client; settings not readable here");
        }
        ApiSettings settings = config.get().api().settings();
        List<String> parts = new ArrayList<>();
        parts.add("at most 50 messages a second");
        settings.rejectMessagesAboveMaxRate().ifPresent(reject -> parts.add(reject
                ? "above it TWS rejects messages (error 100)" : "above it TWS queues them"));
        settings.bulkDataTimeout().ifPresent(seconds -> parts.add("bulk data timeout " + seconds + " s"));
        settings.masterClientId().ifPresent(id -> parts.add("master client id " + id));
        return Check.info("pacing", String.join(", ", parts));
    }

    /** A quote for {@code probe}: real-time data needs a market data subscription for the API. */
    Check marketData(Contract probe) {
        String name = "market data";
        try (Ticker ticker = client.ticker(probe)) {
            TickerSnapshot quote = ticker.awaitUpdate(0, QUOTE_WAIT);
            long deadline = System.nanoTime() + Duration.ofMillis(1500).toNanos();
            while (quote.bid().isEmpty() && quote.last().isEmpty() && System.nanoTime() < deadline) {
                quote = ticker.awaitUpdate(quote.updates(), Duration.ofNanos(deadline - System.nanoTime()));
            }
            MarketDataType type = quote.marketDataType().orElse(MarketDataType.REALTIME);
            String values = quote.bid().isPresent() ? "bid " + quote.bid().getAsDouble() + ", ask " + quote.ask().orElse(Double.NaN)
                    : quote.last().isPresent() ? "last " + quote.last().getAsDouble() : "no prices yet";
            if (quote.updates() == 0) {
                return Check.warn(name, probe.symbol() + ": nothing within " + QUOTE_WAIT.toSeconds() + " s",
                        "TWS sent no market data: check the market data farm and your subscriptions (Client Portal >"
                                + " Settings > Market Data Subscriptions)");
            }
            if (type == MarketDataType.DELAYED || type == MarketDataType.DELAYED_FROZEN) {
                return Check.warn(name, probe.symbol() + " " + type.name().toLowerCase() + " (" + values + ")",
                        "no real-time subscription for " + probe.symbol() + ": subscribe in Client Portal > Settings >"
                                + " Market Data Subscriptions, and share them with the API user");
            }
            return Check.ok(name, probe.symbol() + " " + type.name().toLowerCase() + " (" + values + ")");
        } catch (RequestRejectedException e) {
            String advice = switch (e.code()) {
                case 354, 10089, 10090, 10091, 10168 -> "no market data subscription for " + probe.symbol() + " through the API:"
                        + " subscribe in Client Portal > Settings > Market Data Subscriptions, or ask for delayed data";
                case 10197 -> "another session (TWS on another machine, or the mobile app) holds the market data:"
                        + " log out there, or share the subscription";
                case 200 -> "TWS does not know " + probe.symbol() + ": probe another symbol with --probe";
                default -> "see TWS's message";
            };
            return Check.warn(name, probe.symbol() + " refused: " + e.getMessage(), advice);
        } catch (TwsException e) {
            return Check.warn(name, probe.symbol() + ": " + e.getMessage(), "run again; if it persists, restart TWS");
        }
    }

    /** The configuration, or empty if this TWS cannot send it. */
    Optional<Configuration> configuration() {
        try {
            return Optional.of(client.config());
        } catch (FeatureNotSupportedException e) {
            return Optional.empty();
        }
    }
}
