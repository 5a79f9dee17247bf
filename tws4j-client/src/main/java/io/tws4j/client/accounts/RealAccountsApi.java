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
import io.tws4j.client.Subscription;
import io.tws4j.client.core.Blocking;
import io.tws4j.client.core.BlockingSubscription;
import io.tws4j.client.core.Core;
import java.util.List;

/** The implementation behind {@link AccountsApi}; clients create it, users get it from a client. */
public final class RealAccountsApi implements AccountsApi {
    private final Core core;

    public RealAccountsApi(Core core) {
        this.core = core;
    }

    @Override
    public Subscription<PositionUpdate> positions() {
        return new BlockingSubscription<>(core.openShared(AccountsRequests.positions()));
    }

    @Override
    public Subscription<PositionUpdate> positionsMulti(String account, String modelCode) {
        return new BlockingSubscription<>(core.open(AccountsRequests.positionsMulti(account, modelCode)));
    }

    @Override
    public Subscription<AccountUpdate> accountUpdates(String account) {
        return new BlockingSubscription<>(core.openShared(AccountsRequests.accountUpdates(core, account)));
    }

    @Override
    public Subscription<AccountUpdate> accountUpdatesMulti(String account, String modelCode, boolean ledgerAndNlv) {
        return new BlockingSubscription<>(core.open(AccountsRequests.accountUpdatesMulti(account, modelCode, ledgerAndNlv)));
    }

    @Override
    public Subscription<AccountSummaryUpdate> accountSummary(String group, List<AccountSummaryTag> tags) {
        return new BlockingSubscription<>(core.open(AccountsRequests.accountSummary(group, tags)));
    }

    @Override
    public Subscription<Pnl> pnl(String account, String modelCode) {
        return new BlockingSubscription<>(core.open(AccountsRequests.pnl(account, modelCode)));
    }

    @Override
    public Subscription<PnlSingle> pnlSingle(String account, String modelCode, int conId) {
        return new BlockingSubscription<>(core.open(AccountsRequests.pnlSingle(account, modelCode, conId)));
    }

    @Override
    public List<FamilyCode> familyCodes() {
        return Blocking.await(core.call(AccountsRequests.familyCodes()), "family codes");
    }

    @Override
    public List<SoftDollarTier> softDollarTiers() {
        return Blocking.await(core.call(AccountsRequests.softDollarTiers()), "soft dollar tiers");
    }

    @Override
    public String requestFa(FaDataType type) {
        return Blocking.await(AccountsRequests.requestFa(core, type), "FA request");
    }

    @Override
    public String replaceFa(FaDataType type, String xml) {
        return Blocking.await(AccountsRequests.replaceFa(core, type, xml), "FA replace");
    }

    @Override
    public PortfolioView portfolio(String account) {
        return Blocking.await(RealPortfolioView.open(core, account), "portfolio view of " + account);
    }
}
