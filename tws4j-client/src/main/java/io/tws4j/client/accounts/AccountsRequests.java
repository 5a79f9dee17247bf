package io.tws4j.client.accounts;

import io.tws4j.accounts.AccountSummaryEnd;
import io.tws4j.accounts.AccountSummaryTag;
import io.tws4j.accounts.AccountSummaryUpdate;
import io.tws4j.accounts.AccountUpdate;
import io.tws4j.accounts.AccountUpdatesEnd;
import io.tws4j.accounts.FaDataType;
import io.tws4j.accounts.FamilyCode;
import io.tws4j.accounts.Pnl;
import io.tws4j.accounts.PnlSingle;
import io.tws4j.accounts.PositionUpdate;
import io.tws4j.accounts.PositionsEnd;
import io.tws4j.accounts.SoftDollarTier;
import io.tws4j.accounts.codec.AccountsCodec;
import io.tws4j.client.InvalidRequestException;
import io.tws4j.client.ReadOnlyViolationException;
import io.tws4j.client.core.CallSpec;
import io.tws4j.client.core.Core;
import io.tws4j.client.core.LaneKey;
import io.tws4j.client.core.SharedStreamSpec;
import io.tws4j.client.core.StreamSpec;
import io.tws4j.protocol.proto.AccountsProto;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The account requests: what each sends, what its replies become, and what is checked first.
 * Positions and account updates carry no request id: one TWS subscription serves every
 * subscriber, and each new subscriber asks again so that it gets the first answer too.
 */
final class AccountsRequests {
    static final String ACCOUNT_UPDATES = "account updates ";
    static final LaneKey FAMILY_CODES = LaneKey.of("family codes", InMessage.FAMILY_CODES);
    static final LaneKey FA = LaneKey.of("financial advisor configuration", InMessage.RECEIVE_FA);

    private AccountsRequests() {}

    static SharedStreamSpec<PositionUpdate> positions() {
        return SharedStreamSpec.<PositionUpdate>builder("positions", OutMessage.REQ_POSITIONS,
                        AccountsProto.PositionsRequest.getDefaultInstance())
                .cancel(OutMessage.CANCEL_POSITIONS, AccountsProto.CancelPositions.getDefaultInstance())
                .resendOnJoin(true)
                .on(InMessage.POSITION_DATA, AccountsProto.Position.class, (m, sink) -> sink.next(AccountsCodec.position(m)))
                .on(InMessage.POSITION_END, AccountsProto.PositionEnd.class, (m, sink) -> sink.next(PositionsEnd.INSTANCE))
                .build();
    }

    /**
     * Account updates of one account. TWS serves one account at a time (a second one replaces the
     * first, with notice 2100), so a subscription to another account is refused while one is open.
     */
    static SharedStreamSpec<AccountUpdate> accountUpdates(Core core, String account) {
        String wanted = account.isEmpty() ? defaultAccount(core) : account;
        requireManaged(core, wanted);
        core.sharedStreamKeys().stream()
                .filter(key -> key.startsWith(ACCOUNT_UPDATES) && !key.equals(ACCOUNT_UPDATES + wanted))
                .findFirst()
                .ifPresent(key -> {
                    throw new InvalidRequestException("TWS streams account updates of one account at a time, and "
                            + key.substring(ACCOUNT_UPDATES.length()) + "'s are open: close them before subscribing to " + wanted);
                });
        return SharedStreamSpec.<AccountUpdate>builder(ACCOUNT_UPDATES + wanted, OutMessage.REQ_ACCT_DATA,
                        AccountsCodec.accountDataRequest(true, wanted))
                .cancel(OutMessage.REQ_ACCT_DATA, AccountsCodec.accountDataRequest(false, wanted))
                .resendOnJoin(true)
                .on(InMessage.ACCT_VALUE, AccountsProto.AccountValue.class, (m, sink) -> {
                    if (m.getAccountName().isEmpty() || m.getAccountName().equals(wanted)) {
                        sink.next(AccountsCodec.accountValue(m));
                    }
                })
                .on(InMessage.PORTFOLIO_VALUE, AccountsProto.PortfolioValue.class, (m, sink) -> {
                    if (m.getAccountName().isEmpty() || m.getAccountName().equals(wanted)) {
                        sink.next(AccountsCodec.portfolioValue(m));
                    }
                })
                .on(InMessage.ACCT_UPDATE_TIME, AccountsProto.AccountUpdateTime.class,
                        (m, sink) -> sink.next(AccountsCodec.accountUpdateTime(m)))
                .on(InMessage.ACCT_DOWNLOAD_END, AccountsProto.AccountDataEnd.class,
                        (m, sink) -> sink.next(AccountsCodec.accountDataEnd(m)))
                .build();
    }

    static StreamSpec<PositionUpdate> positionsMulti(String account, String modelCode) {
        return StreamSpec.<PositionUpdate>byRequestId("positions of " + describe(account, modelCode), OutMessage.REQ_POSITIONS_MULTI,
                        id -> AccountsCodec.positionsMultiRequest(id, account, modelCode))
                .cancel(OutMessage.CANCEL_POSITIONS_MULTI, id -> AccountsProto.CancelPositionsMulti.newBuilder().setReqId(id).build())
                .on(InMessage.POSITION_MULTI, AccountsProto.PositionMulti.class, (m, sink) -> sink.next(AccountsCodec.positionMulti(m)))
                .on(InMessage.POSITION_MULTI_END, AccountsProto.PositionMultiEnd.class, (m, sink) -> sink.next(PositionsEnd.INSTANCE))
                .build();
    }

    static StreamSpec<AccountUpdate> accountUpdatesMulti(String account, String modelCode, boolean ledgerAndNlv) {
        return StreamSpec.<AccountUpdate>byRequestId("account updates of " + describe(account, modelCode),
                        OutMessage.REQ_ACCOUNT_UPDATES_MULTI,
                        id -> AccountsCodec.accountUpdatesMultiRequest(id, account, modelCode, ledgerAndNlv))
                .cancel(OutMessage.CANCEL_ACCOUNT_UPDATES_MULTI,
                        id -> AccountsProto.CancelAccountUpdatesMulti.newBuilder().setReqId(id).build())
                .on(InMessage.ACCOUNT_UPDATE_MULTI, AccountsProto.AccountUpdateMulti.class,
                        (m, sink) -> sink.next(AccountsCodec.accountUpdateMulti(m)))
                .on(InMessage.ACCOUNT_UPDATE_MULTI_END, AccountsProto.AccountUpdateMultiEnd.class,
                        (m, sink) -> sink.next(new AccountUpdatesEnd(account)))
                .build();
    }

    static StreamSpec<AccountSummaryUpdate> accountSummary(String group, List<AccountSummaryTag> tags) {
        if (tags.isEmpty()) {
            throw new InvalidRequestException("an account summary needs at least one tag, e.g. AccountSummaryTag.NET_LIQUIDATION");
        }
        if (group.isBlank()) {
            throw new InvalidRequestException("an account summary needs a group: \"All\" for every account");
        }
        return StreamSpec.<AccountSummaryUpdate>byRequestId("account summary of " + group, OutMessage.REQ_ACCOUNT_SUMMARY,
                        id -> AccountsCodec.accountSummaryRequest(id, group, tags))
                .cancel(OutMessage.CANCEL_ACCOUNT_SUMMARY, id -> AccountsProto.CancelAccountSummary.newBuilder().setReqId(id).build())
                .on(InMessage.ACCOUNT_SUMMARY, AccountsProto.AccountSummary.class, (m, sink) -> sink.next(AccountsCodec.accountSummary(m)))
                .on(InMessage.ACCOUNT_SUMMARY_END, AccountsProto.AccountSummaryEnd.class,
                        (m, sink) -> sink.next(AccountSummaryEnd.INSTANCE))
                .build();
    }

    static StreamSpec<Pnl> pnl(String account, String modelCode) {
        requireAccount(account, "profit and loss");
        return StreamSpec.<Pnl>byRequestId("profit and loss of " + describe(account, modelCode), OutMessage.REQ_PNL,
                        id -> AccountsCodec.pnlRequest(id, account, modelCode))
                .cancel(OutMessage.CANCEL_PNL, id -> AccountsProto.CancelPnl.newBuilder().setReqId(id).build())
                .on(InMessage.PNL, AccountsProto.Pnl.class, (m, sink) -> sink.next(AccountsCodec.pnl(m)))
                .build();
    }

    static StreamSpec<PnlSingle> pnlSingle(String account, String modelCode, int conId) {
        requireAccount(account, "profit and loss");
        if (conId <= 0) {
            throw new InvalidRequestException("a position's profit and loss needs the contract's conId, not " + conId);
        }
        return StreamSpec.<PnlSingle>byRequestId("profit and loss of " + conId + " in " + describe(account, modelCode),
                        OutMessage.REQ_PNL_SINGLE, id -> AccountsCodec.pnlSingleRequest(id, account, modelCode, conId))
                .cancel(OutMessage.CANCEL_PNL_SINGLE, id -> AccountsProto.CancelPnlSingle.newBuilder().setReqId(id).build())
                .on(InMessage.PNL_SINGLE, AccountsProto.PnlSingle.class, (m, sink) -> sink.next(AccountsCodec.pnlSingle(m)))
                .build();
    }

    static CallSpec<List<FamilyCode>> familyCodes() {
        return CallSpec.<List<FamilyCode>>shared("family codes", FAMILY_CODES, OutMessage.REQ_FAMILY_CODES,
                        AccountsProto.FamilyCodesRequest.getDefaultInstance())
                .single(InMessage.FAMILY_CODES, AccountsProto.FamilyCodes.class, AccountsCodec::familyCodes);
    }

    static CallSpec<List<SoftDollarTier>> softDollarTiers() {
        return CallSpec.<List<SoftDollarTier>>byRequestId("soft dollar tiers", OutMessage.REQ_SOFT_DOLLAR_TIERS,
                        id -> AccountsProto.SoftDollarTiersRequest.newBuilder().setReqId(id).build())
                .single(InMessage.SOFT_DOLLAR_TIERS, AccountsProto.SoftDollarTiers.class, AccountsCodec::softDollarTiers);
    }

    static CompletableFuture<String> requestFa(Core core, FaDataType type) {
        try {
            requireCurrentType(type);
            return core.call(CallSpec.<String>shared("FA " + type.name().toLowerCase(), FA, OutMessage.REQ_FA,
                            AccountsCodec.faRequest(type))
                    .single(InMessage.RECEIVE_FA, AccountsProto.ReceiveFa.class, AccountsProto.ReceiveFa::getXml));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Replacing the advisor configuration changes allocations of orders, so read-only clients may not. */
    static CompletableFuture<String> replaceFa(Core core, FaDataType type, String xml) {
        try {
            if (core.options().readOnly()) {
                throw new ReadOnlyViolationException("replacing the FA " + type.name().toLowerCase());
            }
            requireCurrentType(type);
            if (xml.isBlank()) {
                throw new InvalidRequestException("replacing the FA " + type.name().toLowerCase() + " needs the XML to replace it with");
            }
            return core.call(CallSpec.<String>byRequestId("FA replace of " + type.name().toLowerCase(), OutMessage.REPLACE_FA,
                            id -> AccountsCodec.faReplace(id, type, xml))
                    .retryable(false)
                    .single(InMessage.REPLACE_FA_END, AccountsProto.ReplaceFaEnd.class, AccountsProto.ReplaceFaEnd::getText));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** IB folded allocation profiles into groups; its own client refuses them with its error 585. */
    private static void requireCurrentType(FaDataType type) {
        if (type == FaDataType.PROFILES) {
            throw new InvalidRequestException("FA profiles are not supported anymore; use FA groups instead (IB's error 585)");
        }
    }

    static String defaultAccount(Core core) {
        List<String> accounts = core.accounts();
        if (accounts.isEmpty()) {
            throw new InvalidRequestException("TWS has not named the login's accounts: give the account explicitly");
        }
        return accounts.getFirst();
    }

    static void requireManaged(Core core, String account) {
        if (!core.accounts().isEmpty() && !core.accounts().contains(account)) {
            throw new InvalidRequestException(account + " is not one of this login's accounts " + core.accounts());
        }
    }

    private static void requireAccount(String account, String what) {
        if (account.isBlank()) {
            throw new InvalidRequestException(what + " is kept per account: name the account, e.g. client.managedAccounts().getFirst()");
        }
    }

    private static String describe(String account, String modelCode) {
        String who = account.isEmpty() ? "all accounts" : account;
        return modelCode.isEmpty() ? who : who + " model " + modelCode;
    }
}
