package io.tws4j.simulator.accounts;

import io.tws4j.accounts.FaDataType;
import io.tws4j.accounts.FamilyCode;
import io.tws4j.accounts.codec.AccountsCodec;
import io.tws4j.protocol.proto.AccountsProto;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.core.GatewayEngine;
import io.tws4j.simulator.core.RequestRejected;
import io.tws4j.simulator.core.SessionSubscriptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers the account requests as TWS does: positions (all accounts, then POSITION_END, then
 * changes), account updates of one account per client (values, portfolio, update time, the
 * download's end, then changes and a refresh every three minutes), account summaries by tag,
 * positions and account updates by account and model, profit and loss of an account or a
 * position about once a second, family codes, soft-dollar tiers and advisor configuration.
 * Codes: 2100 when a client's account-updates subscription moves to another account, 2101 when
 * another client is subscribed to a different account (IB's message-code table).
 *
 * <p>Inferred: a login managing one account is not an advisor's, so FA requests are answered with
 * 344 ("The account logged into is not a financial advisor account"); a login managing several is,
 * and keeps the FA XML it is given; accounts belong to no family (empty family codes) and have no
 * soft-dollar tiers; an account the login does not manage is refused with 321.
 */
public final class AccountsHandler {
    static final int NEW_ACCOUNT_REQUESTED = 2100;
    static final int OTHER_ACCOUNT_SUBSCRIBED = 2101;
    static final int VALIDATION_FAILED = 321;
    static final int NOT_AN_ADVISOR = 344;
    private static final Duration REFRESH = Duration.ofSeconds(1);

    private final AccountBook book;
    private final AccountStreams streams;
    private final Map<FaDataType, String> faConfiguration = new ConcurrentHashMap<>();

    private AccountsHandler(AccountBook book, AccountStreams streams) {
        this.book = book;
        this.streams = streams;
    }

    /** Installs the account handlers on an engine; returns the handler. */
    public static AccountsHandler install(GatewayEngine engine, AccountBook book) {
        AccountsHandler handler = new AccountsHandler(book, new AccountStreams(book, engine.clock(), engine.options().timeZone()));
        book.addListener(handler.streams::booked);
        engine.onSessionClosed(handler.streams::forget);
        engine.registerSubscriptions(new SessionSubscriptions() {
            @Override
            public Map<String, Integer> count(ClientSession session) {
                return handler.streams.count(session);
            }

            @Override
            public void drop(ClientSession session) {
                handler.streams.forget(session);
            }
        });
        engine.scheduler().repeat("tws4j-account-refresh", REFRESH, handler.streams::refresh);
        engine.register(OutMessage.REQ_POSITIONS, AccountsProto.PositionsRequest.class, (s, r) -> handler.positions(s));
        engine.register(OutMessage.CANCEL_POSITIONS, AccountsProto.CancelPositions.class, (s, r) -> handler.streams.positions.remove(s));
        engine.register(OutMessage.REQ_ACCT_DATA, AccountsProto.AccountDataRequest.class, handler::accountData);
        new AccountRequests(handler.book, handler.streams).install(engine);
        engine.register(OutMessage.REQ_FAMILY_CODES, AccountsProto.FamilyCodesRequest.class, handler::familyCodes);
        engine.register(OutMessage.REQ_SOFT_DOLLAR_TIERS, AccountsProto.SoftDollarTiersRequest.class, (s, r) ->
                s.send(InMessage.SOFT_DOLLAR_TIERS, AccountsCodec.softDollarTiers(r.getReqId(), List.of())));
        engine.register(OutMessage.REQ_FA, AccountsProto.FaRequest.class, handler::requestFa);
        engine.register(OutMessage.REPLACE_FA, AccountsProto.FaReplace.class, handler::replaceFa);
        return handler;
    }

    /** Returns the book the handler reports from. */
    public AccountBook book() {
        return book;
    }

    private void positions(ClientSession session) {
        synchronized (streams) {
            streams.positions.put(session, true);
            streams.sendPositions(session);
        }
    }

    private void accountData(ClientSession session, AccountsProto.AccountDataRequest request) {
        String account = request.getAcctCode().isEmpty() ? book.defaultAccount() : request.getAcctCode();
        synchronized (streams) {
            if (!request.getSubscribe()) {
                streams.accountUpdates.remove(session);
                return;
            }
            if (!book.manages(account)) {
                session.sendError(-1, VALIDATION_FAILED, "Error validating request.-'bO' : cause - unknown account " + account);
                return;
            }
            boolean otherClient = streams.accountUpdates.entrySet().stream()
                    .anyMatch(e -> e.getKey() != session && !e.getValue().account.equals(account));
            if (otherClient) {
                session.sendError(-1, OTHER_ACCOUNT_SUBSCRIBED,
                        "Unable to subscribe to account as the following clients are subscribed to a different account.");
                return;
            }
            AccountStreams.AccountSubscription previous = streams.accountUpdates.get(session);
            if (previous != null && !previous.account.equals(account)) {
                session.sendError(-1, NEW_ACCOUNT_REQUESTED,
                        "New account data requested from TWS.  API client has been unsubscribed from account data.");
            }
            streams.accountUpdates.put(session, new AccountStreams.AccountSubscription(account, session.engine().now()));
            streams.sendAccountDownload(session, account);
        }
    }

    private void familyCodes(ClientSession session, AccountsProto.FamilyCodesRequest request) {
        session.send(InMessage.FAMILY_CODES, AccountsCodec.familyCodes(
                book.accounts().stream().map(account -> new FamilyCode(account, "")).toList()));
    }

    private boolean isAdvisor() {
        return book.accounts().size() > 1;
    }

    private void requestFa(ClientSession session, AccountsProto.FaRequest request) {
        if (!isAdvisor()) {
            session.sendError(-1, NOT_AN_ADVISOR, "The account logged into is not a financial advisor account.");
            return;
        }
        FaDataType type = faDataType("REQ_FA", request.getFaDataType());
        session.send(InMessage.RECEIVE_FA, AccountsCodec.receiveFa(type, faConfiguration.computeIfAbsent(type, this::defaultXml)));
    }

    private void replaceFa(ClientSession session, AccountsProto.FaReplace request) {
        if (!isAdvisor()) {
            session.sendError(request.getReqId(), NOT_AN_ADVISOR, "The account logged into is not a financial advisor account.");
            return;
        }
        FaDataType type = faDataType("REPLACE_FA", request.getFaDataType());
        faConfiguration.put(type, request.getXml());
        session.send(InMessage.REPLACE_FA_END, AccountsCodec.replaceFaEnd(request.getReqId(), type.name() + " replaced"));
    }

    /** Reads the FA data type TWS knows (1 groups, 3 aliases); inferred: any other is a validation error 321. */
    private static FaDataType faDataType(String request, int value) {
        try {
            return FaDataType.of(value);
        } catch (IllegalArgumentException e) {
            throw RequestRejected.invalid(request, "invalid FA data type " + value);
        }
    }

    /** An advisor's default groups (all its accounts, allocated by net liquidation) or aliases (each account its own). */
    private String defaultXml(FaDataType type) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        if (type == FaDataType.ALIASES) {
            xml.append("<ListOfAccountAliases>\n");
            book.accounts().forEach(a -> xml.append("  <AccountAlias><account>").append(a).append("</account><alias>")
                    .append(a).append("</alias></AccountAlias>\n"));
            return xml.append("</ListOfAccountAliases>\n").toString();
        }
        xml.append("<ListOfGroups>\n  <Group>\n    <name>All</name>\n    <ListOfAccts varName=\"list\">\n");
        book.accounts().forEach(a -> xml.append("      <String>").append(a).append("</String>\n"));
        return xml.append("    </ListOfAccts>\n    <defaultMethod>NetLiq</defaultMethod>\n  </Group>\n</ListOfGroups>\n").toString();
    }
}
