package io.tws4j.orders.codec;

import io.tws4j.contracts.Contract;
import io.tws4j.contracts.codec.ContractsCodec;
import io.tws4j.orders.CommissionReport;
import io.tws4j.orders.CompletedOrder;
import io.tws4j.orders.ExecutionFilter;
import io.tws4j.orders.ExecutionReport;
import io.tws4j.orders.ExerciseAction;
import io.tws4j.orders.OpenOrder;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderBound;
import io.tws4j.orders.OrderState;
import io.tws4j.orders.OrderStatus;
import io.tws4j.orders.OrderStatusUpdate;
import io.tws4j.protocol.proto.OrdersProto.AllOpenOrdersRequest;
import io.tws4j.protocol.proto.OrdersProto.AttachedOrders;
import io.tws4j.protocol.proto.OrdersProto.AutoOpenOrdersRequest;
import io.tws4j.protocol.proto.OrdersProto.CancelOrderRequest;
import io.tws4j.protocol.proto.OrdersProto.CommissionAndFeesReport;
import io.tws4j.protocol.proto.OrdersProto.CompletedOrdersEnd;
import io.tws4j.protocol.proto.OrdersProto.CompletedOrdersRequest;
import io.tws4j.protocol.proto.OrdersProto.ExecutionDetails;
import io.tws4j.protocol.proto.OrdersProto.ExecutionDetailsEnd;
import io.tws4j.protocol.proto.OrdersProto.ExecutionRequest;
import io.tws4j.protocol.proto.OrdersProto.ExerciseOptionsRequest;
import io.tws4j.protocol.proto.OrdersProto.GlobalCancelRequest;
import io.tws4j.protocol.proto.OrdersProto.OpenOrdersEnd;
import io.tws4j.protocol.proto.OrdersProto.OpenOrdersRequest;
import io.tws4j.protocol.proto.OrdersProto.OrderCancel;
import io.tws4j.protocol.proto.OrdersProto.PlaceOrderRequest;
import io.tws4j.protocol.proto.OrdersProto;
import io.tws4j.protocol.wire.Decimals;

/**
 * Both directions of the order and execution messages. Orders are written as IB's own client
 * writes them (see {@code OrderEncoder}); decoders read an absent field as unset.
 */
public final class OrdersCodec {

    private OrdersCodec() {}

    // ---- orders

    /** Encodes an order. */
    public static OrdersProto.Order order(Order order) {
        return OrderEncoder.encode(order);
    }

    /** Decodes an order. */
    public static Order order(OrdersProto.Order wire) {
        return OrderDecoder.decode(wire);
    }

    /** Encodes an order's state. */
    public static OrdersProto.OrderState state(OrderState state) {
        return StateCodec.encode(state);
    }

    /** Decodes an order's state. */
    public static OrderState state(OrdersProto.OrderState wire) {
        return StateCodec.decode(wire);
    }

    // ---- requests

    /**
     * Encodes PLACE_ORDER as IB's client does: the id beside the order (not in it) and an empty
     * attached-orders message.
     */
    public static PlaceOrderRequest placeOrderRequest(int orderId, Contract contract, Order order) {
        return PlaceOrderRequest.newBuilder()
                .setOrderId(orderId)
                .setContract(ContractsCodec.contract(contract))
                .setOrder(OrderEncoder.encode(order.orderId() == 0 ? order : order.withOrderId(0)))
                .setAttachedOrders(AttachedOrders.getDefaultInstance())
                .build();
    }

    /** Encodes CANCEL_ORDER; the manual cancel time is TWS's time text, empty for none. */
    public static CancelOrderRequest cancelOrderRequest(int orderId, String manualOrderCancelTime) {
        return CancelOrderRequest.newBuilder().setOrderId(orderId).setOrderCancel(orderCancel(manualOrderCancelTime)).build();
    }

    /** Encodes REQ_GLOBAL_CANCEL; the manual cancel time is TWS's time text, empty for none. */
    public static GlobalCancelRequest globalCancelRequest(String manualOrderCancelTime) {
        return GlobalCancelRequest.newBuilder().setOrderCancel(orderCancel(manualOrderCancelTime)).build();
    }

    private static OrderCancel orderCancel(String manualOrderCancelTime) {
        OrderCancel.Builder cancel = OrderCancel.newBuilder();
        Fields.text(manualOrderCancelTime, cancel::setManualOrderCancelTime);
        return cancel.build();
    }

    public static OpenOrdersRequest openOrdersRequest() {
        return OpenOrdersRequest.getDefaultInstance();
    }

    public static AllOpenOrdersRequest allOpenOrdersRequest() {
        return AllOpenOrdersRequest.getDefaultInstance();
    }

    public static AutoOpenOrdersRequest autoOpenOrdersRequest(boolean autoBind) {
        AutoOpenOrdersRequest.Builder request = AutoOpenOrdersRequest.newBuilder();
        Fields.flag(autoBind, request::setAutoBind);
        return request.build();
    }

    public static CompletedOrdersRequest completedOrdersRequest(boolean apiOnly) {
        CompletedOrdersRequest.Builder request = CompletedOrdersRequest.newBuilder();
        Fields.flag(apiOnly, request::setApiOnly);
        return request.build();
    }

    /** Encodes REQ_EXECUTIONS. */
    public static ExecutionRequest executionRequest(int requestId, ExecutionFilter filter) {
        return ExecutionRequest.newBuilder().setReqId(requestId).setExecutionFilter(ExecutionCodec.encode(filter)).build();
    }

    /** Decodes the filter of REQ_EXECUTIONS. */
    public static ExecutionFilter executionFilter(ExecutionRequest request) {
        return ExecutionCodec.decode(request.getExecutionFilter());
    }

    /**
     * Encodes EXERCISE_OPTIONS.
     *
     * @param override whether to override TWS's default of exercising in-the-money options at expiry
     * @param manualOrderTime TWS's time text of a manual instruction, empty for none
     */
    public static ExerciseOptionsRequest exerciseOptionsRequest(int orderId, Contract option, ExerciseAction action,
                                                                int quantity, String account, boolean override,
                                                                String manualOrderTime) {
        ExerciseOptionsRequest.Builder request = ExerciseOptionsRequest.newBuilder()
                .setOrderId(orderId)
                .setContract(ContractsCodec.contract(option))
                .setExerciseAction(action.wireValue())
                .setExerciseQuantity(quantity);
        Fields.text(account, request::setAccount);
        Fields.flag(override, request::setOverride);
        Fields.text(manualOrderTime, request::setManualOrderTime);
        return request.build();
    }

    // ---- replies

    public static OrdersProto.OpenOrder openOrder(OpenOrder open) {
        return OrdersProto.OpenOrder.newBuilder()
                .setOrderId(open.orderId())
                .setContract(ContractsCodec.contract(open.contract()))
                .setOrder(OrderEncoder.encode(open.order()))
                .setOrderState(StateCodec.encode(open.state()))
                .build();
    }

    /** Decodes OPEN_ORDER; the order carries the message's order id. */
    public static OpenOrder openOrder(OrdersProto.OpenOrder wire) {
        Order order = OrderDecoder.decode(wire.getOrder());
        if (order.orderId() != wire.getOrderId()) {
            order = order.withOrderId(wire.getOrderId());
        }
        return new OpenOrder(wire.getOrderId(), ContractsCodec.contract(wire.getContract()), order,
                StateCodec.decode(wire.getOrderState()));
    }

    public static OpenOrdersEnd openOrdersEnd() {
        return OpenOrdersEnd.getDefaultInstance();
    }

    public static OrdersProto.OrderStatus orderStatus(OrderStatusUpdate status) {
        OrdersProto.OrderStatus.Builder w = OrdersProto.OrderStatus.newBuilder()
                .setOrderId(status.orderId())
                .setStatus(status.statusText().isEmpty() ? status.status().wireValue() : status.statusText())
                .setFilled(Decimals.format(status.filled()))
                .setRemaining(Decimals.format(status.remaining()))
                .setAvgFillPrice(status.averageFillPrice())
                .setPermId(status.permId())
                .setParentId(status.parentId())
                .setLastFillPrice(status.lastFillPrice())
                .setClientId(status.clientId());
        Fields.text(status.whyHeld(), w::setWhyHeld);
        Fields.number(status.marketCapPrice(), w::setMktCapPrice);
        return w.build();
    }

    public static OrderStatusUpdate orderStatus(OrdersProto.OrderStatus w) {
        return new OrderStatusUpdate(w.getOrderId(), OrderStatus.of(w.getStatus()), w.getStatus(), Fields.decimal(w.getFilled()),
                Fields.decimal(w.getRemaining()), w.getAvgFillPrice(), w.getPermId(), w.getParentId(), w.getLastFillPrice(),
                w.getClientId(), w.getWhyHeld(), w.getMktCapPrice());
    }

    public static OrdersProto.OrderBound orderBound(OrderBound bound) {
        return OrdersProto.OrderBound.newBuilder().setPermId(bound.permId()).setClientId(bound.clientId())
                .setOrderId(bound.orderId()).build();
    }

    public static OrderBound orderBound(OrdersProto.OrderBound w) {
        return new OrderBound(w.getPermId(), w.getClientId(), w.getOrderId());
    }

    public static OrdersProto.CompletedOrder completedOrder(CompletedOrder completed) {
        return OrdersProto.CompletedOrder.newBuilder()
                .setContract(ContractsCodec.contract(completed.contract()))
                .setOrder(OrderEncoder.encode(completed.order()))
                .setOrderState(StateCodec.encode(completed.state()))
                .build();
    }

    public static CompletedOrder completedOrder(OrdersProto.CompletedOrder w) {
        return new CompletedOrder(ContractsCodec.contract(w.getContract()), OrderDecoder.decode(w.getOrder()),
                StateCodec.decode(w.getOrderState()));
    }

    public static CompletedOrdersEnd completedOrdersEnd() {
        return CompletedOrdersEnd.getDefaultInstance();
    }

    /** Encodes EXECUTION_DATA; the request id is -1 for a live fill nobody asked for. */
    public static ExecutionDetails executionDetails(int requestId, ExecutionReport report) {
        return ExecutionDetails.newBuilder()
                .setReqId(requestId)
                .setContract(ContractsCodec.contract(report.contract()))
                .setExecution(ExecutionCodec.encode(report.execution()))
                .build();
    }

    public static ExecutionReport executionReport(ExecutionDetails w) {
        return new ExecutionReport(ContractsCodec.contract(w.getContract()), ExecutionCodec.decode(w.getExecution()));
    }

    public static ExecutionDetailsEnd executionDetailsEnd(int requestId) {
        return ExecutionDetailsEnd.newBuilder().setReqId(requestId).build();
    }

    public static CommissionAndFeesReport commissionReport(CommissionReport report) {
        return ExecutionCodec.encode(report);
    }

    public static CommissionReport commissionReport(CommissionAndFeesReport w) {
        return ExecutionCodec.decode(w);
    }
}
