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
import java.util.List;

/**
 * Accounts and portfolio, blocking: positions, account updates and summaries, profit and loss,
 * family codes, soft-dollar tiers, advisor configuration, and a live portfolio view. Streams send
 * their request when opened and cancel it when closed; the id-less ones (positions, account
 * updates) share one TWS subscription among all their subscribers.
 *
 * {@snippet :
 * try (Subscription<PositionUpdate> positions = client.positions()) {
 *     for (PositionUpdate update : positions.data()) {
 *         if (update instanceof Position p) System.out.println(p.contract().symbol() + " " + p.position());
 *         if (update instanceof PositionsEnd) break;
 *     }
 * }
 * }
 *
 * @see AsyncAccountsApi the same requests, asynchronous
 */
public interface AccountsApi {

    /**
     * Streams the positions of every account: each one, then {@link io.tws4j.accounts.PositionsEnd},
     * then each position that changes.
     *
     * {@snippet :
     * Subscription<PositionUpdate> positions = client.positions();
     * }
     */
    Subscription<PositionUpdate> positions();

    /**
     * Streams the positions of one account and model (empty strings for all), then the end
     * marker, then changes.
     *
     * {@snippet :
     * Subscription<PositionUpdate> positions = client.positionsMulti("DU1234567", "");
     * }
     */
    Subscription<PositionUpdate> positionsMulti(String account, String modelCode);

    /**
     * Streams an account's account values and portfolio (with the time of each update), then
     * {@link io.tws4j.accounts.AccountUpdatesEnd}, then changes; empty for the login's first
     * account. TWS serves one account at a time.
     *
     * {@snippet :
     * Subscription<AccountUpdate> updates = client.accountUpdates("DU1234567");
     * }
     *
     * @throws io.tws4j.client.InvalidRequestException if another account's updates are open, or
     *         the login does not manage the account; nothing is sent
     */
    Subscription<AccountUpdate> accountUpdates(String account);

    /**
     * Streams the account values of one account and model (empty strings for all), then the end
     * marker, then changes; {@code ledgerAndNlv} asks for the cash ledger and net liquidation only.
     *
     * {@snippet :
     * Subscription<AccountUpdate> updates = client.accountUpdatesMulti("DU1234567", "", false);
     * }
     */
    Subscription<AccountUpdate> accountUpdatesMulti(String account, String modelCode, boolean ledgerAndNlv);

    /**
     * Streams the summary tags of a group of accounts ({@code "All"} for every one): each
     * account's values, then {@link io.tws4j.accounts.AccountSummaryEnd}, again as they change.
     *
     * {@snippet :
     * Subscription<AccountSummaryUpdate> summary = client.accountSummary("All",
     *         List.of(AccountSummaryTag.NET_LIQUIDATION, AccountSummaryTag.BUYING_POWER));
     * }
     *
     * @throws io.tws4j.client.InvalidRequestException if no tag or no group is given; nothing is sent
     */
    Subscription<AccountSummaryUpdate> accountSummary(String group, List<AccountSummaryTag> tags);

    /**
     * Streams an account's (or a model's) daily, unrealized and realized profit and loss, about once a second.
     *
     * {@snippet :
     * Subscription<Pnl> pnl = client.pnl("DU1234567", "");
     * }
     *
     * @throws io.tws4j.client.InvalidRequestException if no account is given; nothing is sent
     */
    Subscription<Pnl> pnl(String account, String modelCode);

    /**
     * Streams one position's profit and loss, about once a second.
     *
     * {@snippet :
     * Subscription<PnlSingle> aapl = client.pnlSingle("DU1234567", "", 265598);
     * }
     *
     * @throws io.tws4j.client.InvalidRequestException if no account or conId is given; nothing is sent
     */
    Subscription<PnlSingle> pnlSingle(String account, String modelCode, int conId);

    /**
     * Returns the family code of each account of the login.
     *
     * {@snippet :
     * List<FamilyCode> codes = client.familyCodes();
     * }
     */
    List<FamilyCode> familyCodes();

    /**
     * Returns the soft-dollar tiers commissions can be charged to.
     *
     * {@snippet :
     * List<SoftDollarTier> tiers = client.softDollarTiers();
     * }
     */
    List<SoftDollarTier> softDollarTiers();

    /**
     * Returns an advisor's configuration of one kind, as TWS's XML.
     *
     * {@snippet :
     * String groups = client.requestFa(FaDataType.GROUPS);
     * }
     *
     * @throws io.tws4j.client.RequestRejectedException if the login is not an advisor's (TWS error 344)
     * @throws io.tws4j.client.InvalidRequestException for {@link FaDataType#PROFILES}, which IB retired
     */
    String requestFa(FaDataType type);

    /**
     * Replaces an advisor's configuration of one kind with {@code xml}; returns TWS's answer.
     *
     * {@snippet :
     * client.replaceFa(FaDataType.GROUPS, groupsXml);
     * }
     *
     * @throws io.tws4j.client.ReadOnlyViolationException if the client is read-only; nothing is sent
     * @throws io.tws4j.client.RequestRejectedException if the login is not an advisor's (TWS error 344)
     */
    String replaceFa(FaDataType type, String xml);

    /**
     * Opens a live view of an account (empty for the login's first), kept current from the
     * positions, account updates and order update streams; returns once the first positions,
     * account values and open orders are in.
     *
     * {@snippet :
     * try (PortfolioView view = client.portfolio("")) {
     *     System.out.println(view.snapshot().value("NetLiquidation"));
     * }
     * }
     *
     * @throws io.tws4j.client.InvalidRequestException if another account's updates are open, or the
     *         login does not manage the account
     */
    PortfolioView portfolio(String account);
}
