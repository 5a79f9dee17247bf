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
import io.tws4j.client.orders.AsyncBracketQuery;
import io.tws4j.client.orders.AsyncOrderHandle;
import io.tws4j.client.orders.AsyncOrderQuery;
import io.tws4j.client.orders.BracketIds;
import io.tws4j.client.orders.BracketQuery;
import io.tws4j.client.orders.OrderDraft;
import io.tws4j.client.orders.OrderHandle;
import io.tws4j.client.orders.OrderQuery;
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
import java.util.function.Function;

/** The two surfaces a trading scenario runs through. */
enum TradingSurface {
    BLOCKING(Blocking::new),
    ASYNC(client -> new Async(client.async()));

    private final Function<TwsClient, Trading> view;

    TradingSurface(Function<TwsClient, Trading> view) {
        this.view = view;
    }

    Trading of(TwsClient client) {
        return view.apply(client);
    }

    private record BlockingWatched(OrderHandle handle, Items<OrderUpdate> updates) implements Trading.Watched {
        BlockingWatched(OrderHandle handle) {
            this(handle, Items.of(handle));
        }

        @Override
        public int orderId() {
            return handle.orderId();
        }

        @Override
        public OrderStatusUpdate awaitDone() {
            return handle.awaitDone(TestOptions.WAIT);
        }

        @Override
        public List<Fill> fills() {
            return handle.fills();
        }

        @Override
        public Optional<OrderStatusUpdate> status() {
            return handle.status();
        }

        @Override
        public void close() {
            handle.close();
        }
    }

    private record AsyncWatched(AsyncOrderHandle handle, Items<OrderUpdate> updates) implements Trading.Watched {
        AsyncWatched(AsyncOrderHandle handle) {
            this(handle, Items.of(handle.updates()));
        }

        @Override
        public int orderId() {
            return handle.orderId();
        }

        @Override
        public OrderStatusUpdate awaitDone() {
            return Futures.await(handle.done());
        }

        @Override
        public List<Fill> fills() {
            return handle.fills();
        }

        @Override
        public Optional<OrderStatusUpdate> status() {
            return handle.status();
        }

        @Override
        public void close() {
            handle.close();
        }
    }

    private record Blocking(TwsClient client) implements Trading {
        private OrderQuery describe(Contract contract, Consumer<OrderDraft<?>> describe) {
            OrderQuery query = client.order(contract);
            describe.accept(query);
            return query;
        }

        @Override public Watched place(Contract c, Consumer<OrderDraft<?>> d) { return new BlockingWatched(describe(c, d).place()); }
        @Override public Watched placeOrder(int id, Contract c, Order o) { return new BlockingWatched(client.placeOrder(id, c, o)); }
        @Override public int submit(Contract c, Consumer<OrderDraft<?>> d) { return describe(c, d).submit(); }
        @Override public int submitNoWait(Contract c, Consumer<OrderDraft<?>> d) { return describe(c, d).submitNoWait(); }
        @Override public Order build(Contract c, Consumer<OrderDraft<?>> d) { return describe(c, d).build(); }
        @Override public OrderState analyze(Contract c, Consumer<OrderDraft<?>> d) { return describe(c, d).analyze(); }

        @Override
        public BracketIds bracket(Contract c, Consumer<OrderDraft<?>> side, double entry, double takeProfit, double stopLoss) {
            BracketQuery bracket = describe(c, side).bracket();
            (Double.isNaN(entry) ? bracket.entryMarket() : bracket.entryLimit(entry)).takeProfit(takeProfit).stopLoss(stopLoss);
            return bracket.submitAll();
        }

        @Override public void submitOrder(int id, Contract c, Order o) { client.submitOrder(id, c, o); }
        @Override public void cancelOrder(int id) { client.cancelOrder(id); }
        @Override public void cancelOrder(int id, Instant time) { client.cancelOrder(id, time); }
        @Override public void globalCancel() { client.globalCancel(); }
        @Override public Items<OrderUpdate> orderUpdates() { return Items.of(client.orderUpdateStream()); }
        @Override public List<OpenOrder> openOrders() { return client.openOrders(); }
        @Override public List<OpenOrder> allOpenOrders() { return client.allOpenOrders(); }
        @Override public List<OpenOrder> autoOpenOrders(boolean bind) { return client.autoOpenOrders(bind); }
        @Override public List<CompletedOrder> completedOrders(boolean apiOnly) { return client.completedOrders(apiOnly); }
        @Override public List<Fill> executions(ExecutionFilter filter) { return client.executions(filter); }

        @Override
        public Watched exercise(Contract option, ExerciseAction action, int quantity) {
            return new BlockingWatched(client.exerciseOptions(option, action, quantity, "", false));
        }

        @Override public Items<PositionUpdate> positions() { return Items.of(client.positions()); }
        @Override public Items<PositionUpdate> positionsMulti(String a, String m) { return Items.of(client.positionsMulti(a, m)); }
        @Override public Items<AccountUpdate> accountUpdates(String a) { return Items.of(client.accountUpdates(a)); }

        @Override
        public Items<AccountUpdate> accountUpdatesMulti(String a, String m, boolean ledgerAndNlv) {
            return Items.of(client.accountUpdatesMulti(a, m, ledgerAndNlv));
        }

        @Override
        public Items<AccountSummaryUpdate> accountSummary(String group, List<AccountSummaryTag> tags) {
            return Items.of(client.accountSummary(group, tags));
        }

        @Override public Items<Pnl> pnl(String a, String m) { return Items.of(client.pnl(a, m)); }
        @Override public Items<PnlSingle> pnlSingle(String a, String m, int conId) { return Items.of(client.pnlSingle(a, m, conId)); }
        @Override public List<FamilyCode> familyCodes() { return client.familyCodes(); }
        @Override public List<SoftDollarTier> softDollarTiers() { return client.softDollarTiers(); }
        @Override public String requestFa(FaDataType type) { return client.requestFa(type); }
        @Override public String replaceFa(FaDataType type, String xml) { return client.replaceFa(type, xml); }
        @Override public PortfolioView portfolio(String account) { return client.portfolio(account); }
    }

    private record Async(AsyncTwsClient client) implements Trading {
        private AsyncOrderQuery describe(Contract contract, Consumer<OrderDraft<?>> describe) {
            AsyncOrderQuery query = client.order(contract);
            describe.accept(query);
            return query;
        }

        @Override public Watched place(Contract c, Consumer<OrderDraft<?>> d) { return acknowledged(describe(c, d).place()); }
        @Override public Watched placeOrder(int id, Contract c, Order o) { return acknowledged(client.placeOrder(id, c, o)); }
        @Override public int submitNoWait(Contract c, Consumer<OrderDraft<?>> d) { return Futures.await(describe(c, d).submitNoWait()); }

        /** Waits for TWS's acknowledgement as the blocking surface does; a handle whose order failed stops watching. */
        private static Watched acknowledged(AsyncOrderHandle handle) {
            try {
                return new AsyncWatched(Futures.await(handle.acknowledged()));
            } catch (RuntimeException e) {
                handle.close();
                throw e;
            }
        }
        @Override public int submit(Contract c, Consumer<OrderDraft<?>> d) { return Futures.await(describe(c, d).submit()); }
        @Override public Order build(Contract c, Consumer<OrderDraft<?>> d) { return describe(c, d).build(); }
        @Override public OrderState analyze(Contract c, Consumer<OrderDraft<?>> d) { return Futures.await(describe(c, d).analyze()); }

        @Override
        public BracketIds bracket(Contract c, Consumer<OrderDraft<?>> side, double entry, double takeProfit, double stopLoss) {
            AsyncBracketQuery bracket = describe(c, side).bracket();
            (Double.isNaN(entry) ? bracket.entryMarket() : bracket.entryLimit(entry)).takeProfit(takeProfit).stopLoss(stopLoss);
            return Futures.await(bracket.submitAll());
        }

        @Override public void submitOrder(int id, Contract c, Order o) { Futures.await(client.submitOrder(id, c, o)); }
        @Override public void cancelOrder(int id) { Futures.await(client.cancelOrder(id)); }
        @Override public void cancelOrder(int id, Instant time) { Futures.await(client.cancelOrder(id, time)); }
        @Override public void globalCancel() { Futures.await(client.globalCancel()); }
        @Override public Items<OrderUpdate> orderUpdates() { return Items.of(client.orderUpdateStream()); }
        @Override public List<OpenOrder> openOrders() { return Futures.await(client.openOrders()); }
        @Override public List<OpenOrder> allOpenOrders() { return Futures.await(client.allOpenOrders()); }
        @Override public List<OpenOrder> autoOpenOrders(boolean bind) { return Futures.await(client.autoOpenOrders(bind)); }
        @Override public List<CompletedOrder> completedOrders(boolean apiOnly) { return Futures.await(client.completedOrders(apiOnly)); }
        @Override public List<Fill> executions(ExecutionFilter filter) { return Futures.await(client.executions(filter)); }

        @Override
        public Watched exercise(Contract option, ExerciseAction action, int quantity) {
            return new AsyncWatched(client.exerciseOptions(option, action, quantity, "", false));
        }

        @Override public Items<PositionUpdate> positions() { return Items.of(client.positions()); }
        @Override public Items<PositionUpdate> positionsMulti(String a, String m) { return Items.of(client.positionsMulti(a, m)); }
        @Override public Items<AccountUpdate> accountUpdates(String a) { return Items.of(client.accountUpdates(a)); }

        @Override
        public Items<AccountUpdate> accountUpdatesMulti(String a, String m, boolean ledgerAndNlv) {
            return Items.of(client.accountUpdatesMulti(a, m, ledgerAndNlv));
        }

        @Override
        public Items<AccountSummaryUpdate> accountSummary(String group, List<AccountSummaryTag> tags) {
            return Items.of(client.accountSummary(group, tags));
        }

        @Override public Items<Pnl> pnl(String a, String m) { return Items.of(client.pnl(a, m)); }
        @Override public Items<PnlSingle> pnlSingle(String a, String m, int conId) { return Items.of(client.pnlSingle(a, m, conId)); }
        @Override public List<FamilyCode> familyCodes() { return Futures.await(client.familyCodes()); }
        @Override public List<SoftDollarTier> softDollarTiers() { return Futures.await(client.softDollarTiers()); }
        @Override public String requestFa(FaDataType type) { return Futures.await(client.requestFa(type)); }
        @Override public String replaceFa(FaDataType type, String xml) { return Futures.await(client.replaceFa(type, xml)); }
        @Override public PortfolioView portfolio(String account) { return Futures.await(client.portfolio(account)); }
    }
}
