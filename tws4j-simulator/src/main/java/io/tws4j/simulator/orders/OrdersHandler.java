package io.tws4j.simulator.orders;

import io.tws4j.config.Configuration;
import io.tws4j.contracts.Contract;
import io.tws4j.contracts.codec.ContractsCodec;
import io.tws4j.orders.Order;
import io.tws4j.orders.codec.OrdersCodec;
import io.tws4j.protocol.proto.OrdersProto.AllOpenOrdersRequest;
import io.tws4j.protocol.proto.OrdersProto.AutoOpenOrdersRequest;
import io.tws4j.protocol.proto.OrdersProto.CancelOrderRequest;
import io.tws4j.protocol.proto.OrdersProto.CompletedOrdersRequest;
import io.tws4j.protocol.proto.OrdersProto.ExecutionRequest;
import io.tws4j.protocol.proto.OrdersProto.ExerciseOptionsRequest;
import io.tws4j.protocol.proto.OrdersProto.GlobalCancelRequest;
import io.tws4j.protocol.proto.OrdersProto.OpenOrdersRequest;
import io.tws4j.protocol.proto.OrdersProto.PlaceOrderRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.accounts.AccountBook;
import io.tws4j.simulator.contracts.InstrumentUniverse;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.core.GatewayEngine;
import io.tws4j.simulator.market.MarketModel;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Answers the order requests as TWS does: placing, modifying and cancelling orders (each client
 * its own), the global cancel, the open, all-open, auto-open and completed order listings,
 * executions, and option exercise. The orders trade against the market model
 * ({@link Matching}); fills change the accounts of the {@link AccountBook}.
 *
 * {@snippet :
 * OrdersHandler orders = OrdersHandler.install(engine, instruments, market, accounts, config::configuration);
 * orders.placeManual(Contract.stock("AAPL").build(), order);      // as if entered in TWS
 * }
 */
public final class OrdersHandler {
    private final OrderDesk desk;

    private OrdersHandler(OrderDesk desk) {
        this.desk = desk;
    }

    /**
     * Installs the order handlers on an engine and starts the session clock.
     *
     * @param configuration TWS's configuration as it stands: the Read-Only API setting and the master client id
     */
    public static OrdersHandler install(GatewayEngine engine, InstrumentUniverse instruments, MarketModel market,
                                       AccountBook accounts, Supplier<Configuration> configuration) {
        Supplier<OptionalInt> master = () -> configuration.get().api().settings().masterClientId();
        OrderReports reports = new OrderReports(engine, master);
        ExecutionIds ids = new ExecutionIds(engine.options().seed());
        OrderDesk desk = new OrderDesk(engine, instruments, accounts, reports, configuration,
                d -> new Matching(d, market, ids));
        OrderListings listings = new OrderListings(desk, master, engine.options().timeZone());
        Exercises exercises = new Exercises(desk);
        engine.register(OutMessage.PLACE_ORDER, PlaceOrderRequest.class, (session, request) -> place(desk, session, request));
        engine.register(OutMessage.CANCEL_ORDER, CancelOrderRequest.class,
                (session, request) -> desk.cancel(session, request.getOrderId()));
        engine.register(OutMessage.REQ_GLOBAL_CANCEL, GlobalCancelRequest.class, (session, request) -> desk.cancelAll(session));
        engine.register(OutMessage.REQ_OPEN_ORDERS, OpenOrdersRequest.class, (session, request) -> listings.openOrders(session));
        engine.register(OutMessage.REQ_ALL_OPEN_ORDERS, AllOpenOrdersRequest.class,
                (session, request) -> listings.allOpenOrders(session));
        engine.register(OutMessage.REQ_AUTO_OPEN_ORDERS, AutoOpenOrdersRequest.class,
                (session, request) -> listings.autoOpenOrders(session, request.getAutoBind()));
        engine.register(OutMessage.REQ_COMPLETED_ORDERS, CompletedOrdersRequest.class,
                (session, request) -> listings.completedOrders(session, request.getApiOnly()));
        engine.register(OutMessage.REQ_EXECUTIONS, ExecutionRequest.class,
                (session, request) -> listings.executions(session, request.getReqId(), ExecutionFilters.read(request)));
        engine.register(OutMessage.EXERCISE_OPTIONS, ExerciseOptionsRequest.class, (session, request) ->
                exercises.exercise(session, request.getOrderId(), ContractsCodec.contract(request.getContract()),
                        OrderFields.exerciseAction(request.getExerciseAction()), request.getExerciseQuantity(), request.getAccount()));
        SessionClock clock = new SessionClock(desk, market, new ConditionCheck(market, instruments, accounts, desk.book));
        engine.scheduler().repeat("tws4j-orders-clock", SessionClock.PERIOD, clock::tick);
        return new OrdersHandler(desk);
    }

    private static void place(OrderDesk desk, ClientSession session, PlaceOrderRequest request) {
        OrderFields.check(request.getOrder());
        Order order = OrdersCodec.order(request.getOrder());
        desk.place(session, request.getOrderId(), ContractsCodec.contract(request.getContract()), order);
    }

    /** Returns how many orders of a client are open (working or held), for the gateway's status. */
    public int openOrders(int clientId) {
        synchronized (desk) {
            return (int) desk.book.open().stream().filter(order -> order.clientId == clientId).count();
        }
    }

    /**
     * Places an order as if a user entered it in TWS: it works and fills like any other, and reaches
     * API client 0 once bound (its open-orders request, or automatic binding).
     *
     * @throws IllegalArgumentException if no instrument matches the contract
     */
    public long placeManual(Contract contract, Order order) {
        return desk.placeManual(contract, order).permId;
    }
}
