package io.tws4j.client.accounts;

import io.tws4j.accounts.AccountSummaryTag;
import io.tws4j.accounts.AccountSummaryUpdate;
import io.tws4j.accounts.AccountUpdate;
import io.tws4j.accounts.FaDataType;
import io.tws4j.accounts.FamilyCode;
import io.tws4j.accounts.Pnl;
import io.tws4j.accounts.PnlSingle;
import io.tws4j.accounts.PositionUpdate;
import io.tws4j.accounts.SoftDollarTier;
import io.tws4j.client.Feed;
import io.tws4j.client.core.Core;
import io.tws4j.client.core.FlowFeed;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The implementation behind {@link AsyncAccountsApi}; clients create it, users get it from a client. */
public final class RealAsyncAccountsApi implements AsyncAccountsApi {
    private final Core core;

    public RealAsyncAccountsApi(Core core) {
        this.core = core;
    }

    @Override
    public Feed<PositionUpdate> positions() {
        return new FlowFeed<>("positions", () -> core.openShared(AccountsRequests.positions()));
    }

    @Override
    public Feed<PositionUpdate> positionsMulti(String account, String modelCode) {
        return new FlowFeed<>("positions-multi", () -> core.open(AccountsRequests.positionsMulti(account, modelCode)));
    }

    @Override
    public Feed<AccountUpdate> accountUpdates(String account) {
        return new FlowFeed<>("account-updates", () -> core.openShared(AccountsRequests.accountUpdates(core, account)));
    }

    @Override
    public Feed<AccountUpdate> accountUpdatesMulti(String account, String modelCode, boolean ledgerAndNlv) {
        return new FlowFeed<>("account-updates-multi",
                () -> core.open(AccountsRequests.accountUpdatesMulti(account, modelCode, ledgerAndNlv)));
    }

    @Override
    public Feed<AccountSummaryUpdate> accountSummary(String group, List<AccountSummaryTag> tags) {
        return new FlowFeed<>("account-summary", () -> core.open(AccountsRequests.accountSummary(group, tags)));
    }

    @Override
    public Feed<Pnl> pnl(String account, String modelCode) {
        return new FlowFeed<>("pnl", () -> core.open(AccountsRequests.pnl(account, modelCode)));
    }

    @Override
    public Feed<PnlSingle> pnlSingle(String account, String modelCode, int conId) {
        return new FlowFeed<>("pnl-single", () -> core.open(AccountsRequests.pnlSingle(account, modelCode, conId)));
    }

    @Override
    public CompletableFuture<List<FamilyCode>> familyCodes() {
        return core.call(AccountsRequests.familyCodes());
    }

    @Override
    public CompletableFuture<List<SoftDollarTier>> softDollarTiers() {
        return core.call(AccountsRequests.softDollarTiers());
    }

    @Override
    public CompletableFuture<String> requestFa(FaDataType type) {
        return AccountsRequests.requestFa(core, type);
    }

    @Override
    public CompletableFuture<String> replaceFa(FaDataType type, String xml) {
        return AccountsRequests.replaceFa(core, type, xml);
    }

    @Override
    public CompletableFuture<PortfolioView> portfolio(String account) {
        return RealPortfolioView.open(core, account);
    }
}
