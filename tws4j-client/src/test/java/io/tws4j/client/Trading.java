package io.tws4j.client;

import io.tws4j.accounts.AccountSummaryTag;
import io.tws4j.accounts.AccountSummaryUpdate;
import io.tws4j.accounts.AccountUpdate;
import io.tws4j.accounts.FaDataType;
import io.tws4j.accounts.FamilyCode;
import io.tws4j.accounts.Pnl;
import io.tws4j.accounts.PnlSingle;
import io.tws4j.accounts.PositionUpdate;
import io.tws4j.accounts.SoftDollarTier;
import io.tws4j.client.accounts.PortfolioView;
import io.tws4j.client.orders.BracketIds;
import io.tws4j.client.orders.OrderDraft;
import io.tws4j.contracts.Contract;
import io.tws4j.orders.CompletedOrder;
import io.tws4j.orders.ExecutionFilter;
import io.tws4j.orders.ExerciseAction;
import io.tws4j.orders.Fill;
import io.tws4j.orders.OpenOrder;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderState;
import io.tws4j.orders.OrderStatusUpdate;
import io.tws4j.orders.OrderUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The order and account calls of one surface, as scenarios use them: the blocking surface as it
 * is, the asynchronous one with its futures awaited (bounded) and its feeds read as {@link Items}.
 * Each scenario is written once against this and runs through both surfaces.
 */
interface Trading {

    /** A placed order as a scenario watches it. */
    interface Watched extends AutoCloseable {
        int orderId();

        Items<OrderUpdate> updates();

        OrderStatusUpdate awaitDone();

        List<Fill> fills();

        Optional<OrderStatusUpdate> status();

        @Override
        void close();
    }

    /** Places an order and returns its handle once TWS acknowledged it (on both surfaces). */
    Watched place(Contract contract, Consumer<OrderDraft<?>> describe);

    Watched placeOrder(int orderId, Contract contract, Order order);

    /** Submits an order and returns its id once TWS acknowledged it. */
    int submit(Contract contract, Consumer<OrderDraft<?>> describe);

    /** Submits an order and returns its id once it is written, without waiting for TWS. */
    int submitNoWait(Contract contract, Consumer<OrderDraft<?>> describe);

    Order build(Contract contract, Consumer<OrderDraft<?>> describe);

    OrderState analyze(Contract contract, Consumer<OrderDraft<?>> describe);

    /** A bracket of an order's side and quantity; a NaN entry enters at the market. */
    BracketIds bracket(Contract contract, Consumer<OrderDraft<?>> side, double entry, double takeProfit, double stopLoss);

    void submitOrder(int orderId, Contract contract, Order order);

    void cancelOrder(int orderId);

    void cancelOrder(int orderId, Instant manualCancelTime);

    void globalCancel();

    Items<OrderUpdate> orderUpdates();

    List<OpenOrder> openOrders();

    List<OpenOrder> allOpenOrders();

    List<OpenOrder> autoOpenOrders(boolean autoBind);

    List<CompletedOrder> completedOrders(boolean apiOnly);

    List<Fill> executions(ExecutionFilter filter);

    Watched exercise(Contract option, ExerciseAction action, int quantity);

    Items<PositionUpdate> positions();

    Items<PositionUpdate> positionsMulti(String account, String modelCode);

    Items<AccountUpdate> accountUpdates(String account);

    Items<AccountUpdate> accountUpdatesMulti(String account, String modelCode, boolean ledgerAndNlv);

    Items<AccountSummaryUpdate> accountSummary(String group, List<AccountSummaryTag> tags);

    Items<Pnl> pnl(String account, String modelCode);

    Items<PnlSingle> pnlSingle(String account, String modelCode, int conId);

    List<FamilyCode> familyCodes();

    List<SoftDollarTier> softDollarTiers();

    String requestFa(FaDataType type);

    String replaceFa(FaDataType type, String xml);

    PortfolioView portfolio(String account);
}
