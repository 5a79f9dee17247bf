package io.tws4j.simulator.accounts;

import io.tws4j.accounts.AccountValue;
import io.tws4j.accounts.PnlSingle;
import io.tws4j.accounts.Position;
import io.tws4j.accounts.codec.AccountsCodec;
import io.tws4j.protocol.proto.AccountsProto;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.core.ClientSession;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The account streams of every client, and what they are sent: the first answer when they start,
 * the changes a fill brings at once, and TWS's periodic refresh of account values (every three
 * minutes of gateway time) and profit and loss (about once a second).
 *
 * <p>Inferred: on a fill TWS sends the changed position, portfolio entry and account values at
 * once; an account summary is sent again in full, with its end marker, when a fill changes it.
 */
final class AccountStreams {
    static final Duration ACCOUNT_REFRESH = Duration.ofMinutes(3);

    private final AccountBook book;
    private final InstantSource clock;
    private final ZoneId zone;
    final Map<ClientSession, Boolean> positions = new ConcurrentHashMap<>();
    final Map<ClientSession, AccountSubscription> accountUpdates = new ConcurrentHashMap<>();
    final Map<Stream, Request> requests = new ConcurrentHashMap<>();

    /** One client's account updates: the account, and when its values were last sent. */
    static final class AccountSubscription {
        final String account;
        Instant lastSent;

        AccountSubscription(String account, Instant lastSent) {
            this.account = account;
            this.lastSent = lastSent;
        }
    }

    /** The kinds of streams that run under a request id. */
    enum Kind { SUMMARY, POSITIONS_MULTI, UPDATES_MULTI, PNL, PNL_SINGLE }

    /** A stream under a request id of one client. */
    record Stream(ClientSession session, int requestId) {}

    /**
     * What a stream asked for.
     *
     * @param tags the tags of a summary
     * @param ledgerAndNlv whether an account-updates-multi stream wants the ledger and net liquidation only
     */
    record Request(Kind kind, String account, String modelCode, List<String> tags, int conId, boolean ledgerAndNlv) {}

    AccountStreams(AccountBook book, InstantSource clock, ZoneId zone) {
        this.book = book;
        this.clock = clock;
        this.zone = zone;
    }

    // ---- first answers

    void sendPositions(ClientSession session) {
        for (String account : book.accounts()) {
            book.positions(account).forEach(p -> session.sendBuffered(InMessage.POSITION_DATA, AccountsCodec.position(p)));
        }
        session.sendBuffered(InMessage.POSITION_END, AccountsProto.PositionEnd.getDefaultInstance());
        session.flush();
    }

    void sendAccountDownload(ClientSession session, String account) {
        sendAccountValues(session, account);
        session.sendBuffered(InMessage.ACCT_DOWNLOAD_END, AccountsCodec.accountDataEnd(account));
        session.flush();
    }

    private void sendAccountValues(ClientSession session, String account) {
        Valuation valuation = book.valuation(account);
        valuation.accountValues().forEach(v -> session.sendBuffered(InMessage.ACCT_VALUE, AccountsCodec.accountValue(v)));
        valuation.portfolio().forEach(p -> session.sendBuffered(InMessage.PORTFOLIO_VALUE, AccountsCodec.portfolioValue(p)));
        session.sendBuffered(InMessage.ACCT_UPDATE_TIME, AccountsCodec.accountUpdateTime(updateTime()));
    }

    void sendSummary(ClientSession session, int requestId, Request request) {
        for (String account : book.accounts()) {
            Valuation valuation = book.valuation(account);
            for (String tag : request.tags()) {
                valuation.summary(tag).forEach(v -> session.sendBuffered(InMessage.ACCOUNT_SUMMARY,
                        AccountsCodec.accountSummary(requestId, v)));
            }
        }
        session.sendBuffered(InMessage.ACCOUNT_SUMMARY_END,
                AccountsProto.AccountSummaryEnd.newBuilder().setReqId(requestId).build());
        session.flush();
    }

    void sendPositionsMulti(ClientSession session, int requestId, Request request) {
        for (String account : accountsOf(request)) {
            book.positions(account).forEach(p -> session.sendBuffered(InMessage.POSITION_MULTI,
                    AccountsCodec.positionMulti(requestId, withModel(p, request.modelCode()))));
        }
        session.sendBuffered(InMessage.POSITION_MULTI_END, AccountsProto.PositionMultiEnd.newBuilder().setReqId(requestId).build());
        session.flush();
    }

    void sendUpdatesMulti(ClientSession session, int requestId, Request request, boolean end) {
        for (String account : accountsOf(request)) {
            for (AccountValue value : book.valuation(account).accountValues()) {
                if (!request.ledgerAndNlv() || value.key().equals("NetLiquidation") || value.key().equals("TotalCashBalance")) {
                    session.sendBuffered(InMessage.ACCOUNT_UPDATE_MULTI, AccountsCodec.accountUpdateMulti(requestId,
                            new AccountValue(value.account(), value.key(), value.value(), value.currency(), request.modelCode())));
                }
            }
        }
        if (end) {
            session.sendBuffered(InMessage.ACCOUNT_UPDATE_MULTI_END,
                    AccountsProto.AccountUpdateMultiEnd.newBuilder().setReqId(requestId).build());
        }
        session.flush();
    }

    void sendPnl(ClientSession session, int requestId, Request request) {
        if (request.kind() == Kind.PNL) {
            session.send(InMessage.PNL, AccountsCodec.pnl(requestId, book.pnl(request.account())));
            return;
        }
        book.pnlSingle(request.account(), request.conId()).ifPresentOrElse(
                pnl -> session.send(InMessage.PNL_SINGLE, AccountsCodec.pnlSingle(requestId, pnl)),
                () -> session.send(InMessage.PNL_SINGLE, AccountsCodec.pnlSingle(requestId,
                        new PnlSingle(BigDecimal.ZERO, Double.NaN, Double.NaN, Double.NaN, Double.NaN))));
    }

    // ---- pushes

    /** Sends what a fill of {@code instrument} in {@code account} changed to every stream that shows it. */
    void booked(String account, Instrument instrument) {
        book.position(account, instrument.conId()).ifPresent(position -> positions.keySet()
                .forEach(session -> session.send(InMessage.POSITION_DATA, AccountsCodec.position(position))));
        accountUpdates.forEach((session, subscription) -> {
            if (subscription.account.equals(account)) {
                // The burst holds the changed portfolio entry among the others, each once.
                sendAccountValues(session, account);
                session.flush();
                subscription.lastSent = clock.instant();
            }
        });
        requests.forEach((stream, request) -> {
            boolean concerns = request.account().isEmpty() || request.account().equals(account);
            switch (request.kind()) {
                case SUMMARY -> sendSummary(stream.session(), stream.requestId(), request);
                case POSITIONS_MULTI -> {
                    if (concerns) {
                        book.position(account, instrument.conId()).ifPresent(p -> stream.session().send(InMessage.POSITION_MULTI,
                                AccountsCodec.positionMulti(stream.requestId(), withModel(p, request.modelCode()))));
                    }
                }
                case UPDATES_MULTI -> {
                    if (concerns) {
                        sendUpdatesMulti(stream.session(), stream.requestId(), request, false);
                    }
                }
                default -> { }
            }
        });
    }

    /** TWS's periodic sends: account values every three minutes of gateway time, profit and loss every second. */
    void refresh() {
        Instant now = clock.instant();
        accountUpdates.forEach((session, subscription) -> {
            if (!now.isBefore(subscription.lastSent.plus(ACCOUNT_REFRESH))) {
                subscription.lastSent = now;
                sendAccountValues(session, subscription.account);
                session.flush();
            }
        });
        requests.forEach((stream, request) -> {
            if (request.kind() == Kind.PNL || request.kind() == Kind.PNL_SINGLE) {
                sendPnl(stream.session(), stream.requestId(), request);
            }
        });
    }

    /** Counts a client's account streams by kind. */
    Map<String, Integer> count(ClientSession session) {
        Map<String, Integer> counts = new HashMap<>();
        if (positions.containsKey(session)) {
            counts.put("positions", 1);
        }
        if (accountUpdates.containsKey(session)) {
            counts.put("account updates", 1);
        }
        requests.forEach((stream, request) -> {
            if (stream.session() == session) {
                counts.merge(switch (request.kind()) {
                    case SUMMARY -> "account summary";
                    case POSITIONS_MULTI -> "positions multi";
                    case UPDATES_MULTI -> "account updates multi";
                    case PNL -> "pnl";
                    case PNL_SINGLE -> "pnl single";
                }, 1, Integer::sum);
            }
        });
        return counts;
    }

    /** Forgets every stream of a client that disconnected (or whose data TWS lost). */
    void forget(ClientSession session) {
        positions.remove(session);
        accountUpdates.remove(session);
        requests.keySet().removeIf(stream -> stream.session() == session);
    }

    private List<String> accountsOf(Request request) {
        return request.account().isEmpty() ? book.accounts() : List.of(request.account());
    }

    private static Position withModel(Position position, String modelCode) {
        return new Position(position.account(), position.contract(), position.position(), position.averageCost(), modelCode);
    }

    private LocalTime updateTime() {
        return LocalTime.ofInstant(clock.instant(), zone).withSecond(0).withNano(0);
    }
}
