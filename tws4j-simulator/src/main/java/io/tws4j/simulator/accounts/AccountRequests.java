package io.tws4j.simulator.accounts;

import io.tws4j.accounts.codec.AccountsCodec;
import io.tws4j.protocol.proto.AccountsProto;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.core.GatewayEngine;
import java.util.List;

/**
 * The account streams that run under a request id: summaries, positions and account updates by
 * account and model, and profit and loss. Each starts with its first answer and stops at its
 * cancel.
 *
 * <p>Inferred: a summary of a group other than {@code All}, or of an account the login does not
 * manage, is refused with 321, as are profit-and-loss streams of such an account.
 */
final class AccountRequests {
    private final AccountBook book;
    private final AccountStreams streams;

    AccountRequests(AccountBook book, AccountStreams streams) {
        this.book = book;
        this.streams = streams;
    }

    void install(GatewayEngine engine) {
        engine.register(OutMessage.REQ_ACCOUNT_SUMMARY, AccountsProto.AccountSummaryRequest.class, this::summary);
        engine.register(OutMessage.CANCEL_ACCOUNT_SUMMARY, AccountsProto.CancelAccountSummary.class, (s, r) -> stop(s, r.getReqId()));
        engine.register(OutMessage.REQ_POSITIONS_MULTI, AccountsProto.PositionsMultiRequest.class, this::positionsMulti);
        engine.register(OutMessage.CANCEL_POSITIONS_MULTI, AccountsProto.CancelPositionsMulti.class, (s, r) -> stop(s, r.getReqId()));
        engine.register(OutMessage.REQ_ACCOUNT_UPDATES_MULTI, AccountsProto.AccountUpdatesMultiRequest.class, this::updatesMulti);
        engine.register(OutMessage.CANCEL_ACCOUNT_UPDATES_MULTI, AccountsProto.CancelAccountUpdatesMulti.class,
                (s, r) -> stop(s, r.getReqId()));
        engine.register(OutMessage.REQ_PNL, AccountsProto.PnlRequest.class, this::pnl);
        engine.register(OutMessage.CANCEL_PNL, AccountsProto.CancelPnl.class, (s, r) -> stop(s, r.getReqId()));
        engine.register(OutMessage.REQ_PNL_SINGLE, AccountsProto.PnlSingleRequest.class, this::pnlSingle);
        engine.register(OutMessage.CANCEL_PNL_SINGLE, AccountsProto.CancelPnlSingle.class, (s, r) -> stop(s, r.getReqId()));
    }

    private void summary(ClientSession session, AccountsProto.AccountSummaryRequest request) {
        if (!request.getGroup().equalsIgnoreCase("All")) {
            invalid(session, request.getReqId(), "REQ_ACCOUNT_SUMMARY", "unknown group '" + request.getGroup() + "'");
            return;
        }
        start(session, request.getReqId(), new AccountStreams.Request(AccountStreams.Kind.SUMMARY, "", "",
                AccountsCodec.accountSummaryTags(request), 0, false));
    }

    private void positionsMulti(ClientSession session, AccountsProto.PositionsMultiRequest request) {
        if (known(session, request.getReqId(), request.getAccount(), "REQ_POSITIONS_MULTI")) {
            start(session, request.getReqId(), new AccountStreams.Request(AccountStreams.Kind.POSITIONS_MULTI,
                    request.getAccount(), request.getModelCode(), List.of(), 0, false));
        }
    }

    private void updatesMulti(ClientSession session, AccountsProto.AccountUpdatesMultiRequest request) {
        if (known(session, request.getReqId(), request.getAccount(), "REQ_ACCOUNT_UPDATES_MULTI")) {
            start(session, request.getReqId(), new AccountStreams.Request(AccountStreams.Kind.UPDATES_MULTI,
                    request.getAccount(), request.getModelCode(), List.of(), 0, request.getLedgerAndNlv()));
        }
    }

    private void pnl(ClientSession session, AccountsProto.PnlRequest request) {
        if (request.getAccount().isEmpty()) {
            invalid(session, request.getReqId(), "REQ_PNL", "an account is required");
        } else if (known(session, request.getReqId(), request.getAccount(), "REQ_PNL")) {
            start(session, request.getReqId(), new AccountStreams.Request(AccountStreams.Kind.PNL, request.getAccount(),
                    request.getModelCode(), List.of(), 0, false));
        }
    }

    private void pnlSingle(ClientSession session, AccountsProto.PnlSingleRequest request) {
        if (request.getAccount().isEmpty()) {
            invalid(session, request.getReqId(), "REQ_PNL_SINGLE", "an account is required");
        } else if (known(session, request.getReqId(), request.getAccount(), "REQ_PNL_SINGLE")) {
            start(session, request.getReqId(), new AccountStreams.Request(AccountStreams.Kind.PNL_SINGLE, request.getAccount(),
                    request.getModelCode(), List.of(), request.getConId(), false));
        }
    }

    private void start(ClientSession session, int requestId, AccountStreams.Request request) {
        synchronized (streams) {
            streams.requests.put(new AccountStreams.Stream(session, requestId), request);
            switch (request.kind()) {
                case SUMMARY -> streams.sendSummary(session, requestId, request);
                case POSITIONS_MULTI -> streams.sendPositionsMulti(session, requestId, request);
                case UPDATES_MULTI -> streams.sendUpdatesMulti(session, requestId, request, true);
                case PNL, PNL_SINGLE -> streams.sendPnl(session, requestId, request);
            }
        }
    }

    private void stop(ClientSession session, int requestId) {
        streams.requests.remove(new AccountStreams.Stream(session, requestId));
    }

    private boolean known(ClientSession session, int requestId, String account, String request) {
        if (account.isEmpty() || book.manages(account)) {
            return true;
        }
        invalid(session, requestId, request, "unknown account " + account);
        return false;
    }

    private static void invalid(ClientSession session, int requestId, String request, String cause) {
        session.sendError(requestId, AccountsHandler.VALIDATION_FAILED,
                "Error validating request.-'" + request + "' : cause - " + cause);
    }
}
