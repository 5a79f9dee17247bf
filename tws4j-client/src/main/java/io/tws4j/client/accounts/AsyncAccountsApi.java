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
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Accounts and portfolio, asynchronous: the same requests as {@link AccountsApi}, with futures
 * and feeds (each feed subscriber opens its own stream; the id-less ones share TWS's
 * subscription).
 *
 * {@snippet :
 * async.positions().data().subscribe(subscriber);
 * }
 */
public interface AsyncAccountsApi {

    /**
     * Streams the positions of every account.
     *
     * {@snippet :
     * async.positions().data().subscribe(subscriber);
     * }
     */
    Feed<PositionUpdate> positions();

    /**
     * Streams the positions of one account and model.
     *
     * {@snippet :
     * async.positionsMulti("DU1234567", "").data().subscribe(subscriber);
     * }
     */
    Feed<PositionUpdate> positionsMulti(String account, String modelCode);

    /**
     * Streams an account's values and portfolio.
     *
     * {@snippet :
     * async.accountUpdates("DU1234567").data().subscribe(subscriber);
     * }
     */
    Feed<AccountUpdate> accountUpdates(String account);

    /**
     * Streams the account values of one account and model.
     *
     * {@snippet :
     * async.accountUpdatesMulti("DU1234567", "", true).data().subscribe(subscriber);
     * }
     */
    Feed<AccountUpdate> accountUpdatesMulti(String account, String modelCode, boolean ledgerAndNlv);

    /**
     * Streams summary tags of a group of accounts.
     *
     * {@snippet :
     * async.accountSummary("All", List.of(AccountSummaryTag.NET_LIQUIDATION)).data().subscribe(subscriber);
     * }
     */
    Feed<AccountSummaryUpdate> accountSummary(String group, List<AccountSummaryTag> tags);

    /**
     * Streams an account's profit and loss.
     *
     * {@snippet :
     * async.pnl("DU1234567", "").data().subscribe(subscriber);
     * }
     */
    Feed<Pnl> pnl(String account, String modelCode);

    /**
     * Streams one position's profit and loss.
     *
     * {@snippet :
     * async.pnlSingle("DU1234567", "", 265598).data().subscribe(subscriber);
     * }
     */
    Feed<PnlSingle> pnlSingle(String account, String modelCode, int conId);

    /**
     * Returns the family codes of the login's accounts.
     *
     * {@snippet :
     * async.familyCodes().thenAccept(System.out::println);
     * }
     */
    CompletableFuture<List<FamilyCode>> familyCodes();

    /**
     * Returns the soft-dollar tiers.
     *
     * {@snippet :
     * async.softDollarTiers().thenAccept(System.out::println);
     * }
     */
    CompletableFuture<List<SoftDollarTier>> softDollarTiers();

    /**
     * Returns an advisor's configuration of one kind, as XML.
     *
     * {@snippet :
     * async.requestFa(FaDataType.GROUPS).thenAccept(System.out::println);
     * }
     */
    CompletableFuture<String> requestFa(FaDataType type);

    /**
     * Replaces an advisor's configuration of one kind.
     *
     * {@snippet :
     * async.replaceFa(FaDataType.GROUPS, groupsXml);
     * }
     */
    CompletableFuture<String> replaceFa(FaDataType type, String xml);

    /**
     * Opens a live view of an account; completes once the first positions, values and open orders are in.
     *
     * {@snippet :
     * async.portfolio("").thenAccept(view -> System.out.println(view.snapshot()));
     * }
     */
    CompletableFuture<PortfolioView> portfolio(String account);
}
