package io.tws4j.orders.codec;

import static io.tws4j.orders.codec.Fields.flag;
import static io.tws4j.orders.codec.Fields.text;

import io.tws4j.orders.OrderCondition;
import io.tws4j.orders.OrderCondition.Conjunction;
import io.tws4j.orders.OrderConditions;
import io.tws4j.orders.TriggerMethod;
import io.tws4j.protocol.proto.OrdersProto;
import java.util.ArrayList;
import java.util.List;

/**
 * Order conditions on the wire: a type number (1 price, 3 time, 4 margin, 5 execution, 6 volume,
 * 7 percent change, as IB's clients number them) and the fields that type uses. A condition of a
 * type tws4j does not know is dropped when decoding; it could not be sent back faithfully.
 */
final class ConditionCodec {
    static final int PRICE = 1;
    static final int TIME = 3;
    static final int MARGIN = 4;
    static final int EXECUTION = 5;
    static final int VOLUME = 6;
    static final int PERCENT_CHANGE = 7;

    private ConditionCodec() {}

    static void encode(OrderConditions conditions, OrdersProto.Order.Builder w) {
        conditions.conditions().forEach(condition -> w.addConditions(condition(condition)));
        flag(conditions.cancelOrder(), w::setConditionsCancelOrder);
        flag(conditions.ignoreRth(), w::setConditionsIgnoreRth);
    }

    static OrderConditions decode(OrdersProto.Order w) {
        List<OrderCondition> list = new ArrayList<>();
        for (OrdersProto.OrderCondition wire : w.getConditionsList()) {
            OrderCondition condition = condition(wire);
            if (condition != null) {
                list.add(condition);
            }
        }
        if (list.isEmpty() && !w.getConditionsCancelOrder() && !w.getConditionsIgnoreRth()) {
            return OrderConditions.NONE;
        }
        return new OrderConditions(list, w.getConditionsCancelOrder(), w.getConditionsIgnoreRth());
    }

    private static OrdersProto.OrderCondition condition(OrderCondition condition) {
        OrdersProto.OrderCondition.Builder w = OrdersProto.OrderCondition.newBuilder()
                .setIsConjunctionConnection(condition.conjunction() == Conjunction.AND);
        switch (condition) {
            case OrderCondition.Price p -> {
                w.setType(PRICE).setConId(p.conId()).setIsMore(p.isMore()).setPrice(p.price())
                        .setTriggerMethod(p.triggerMethod().wireValue());
                text(p.exchange(), w::setExchange);
            }
            case OrderCondition.Time t -> w.setType(TIME).setIsMore(t.isMore()).setTime(t.time());
            case OrderCondition.Margin m -> w.setType(MARGIN).setIsMore(m.isMore()).setPercent(m.percent());
            case OrderCondition.Execution e -> {
                w.setType(EXECUTION);
                text(e.symbol(), w::setSymbol);
                text(e.secType(), w::setSecType);
                text(e.exchange(), w::setExchange);
            }
            case OrderCondition.Volume v -> {
                w.setType(VOLUME).setConId(v.conId()).setIsMore(v.isMore()).setVolume(v.volume());
                text(v.exchange(), w::setExchange);
            }
            case OrderCondition.PercentChange c -> {
                w.setType(PERCENT_CHANGE).setConId(c.conId()).setIsMore(c.isMore()).setChangePercent(c.changePercent());
                text(c.exchange(), w::setExchange);
            }
        }
        return w.build();
    }

    /** Returns the condition, or null for a type tws4j does not know. */
    private static OrderCondition condition(OrdersProto.OrderCondition w) {
        Conjunction conjunction = !w.hasIsConjunctionConnection() || w.getIsConjunctionConnection()
                ? Conjunction.AND : Conjunction.OR;
        return switch (w.getType()) {
            case PRICE -> new OrderCondition.Price(w.getConId(), w.getExchange(), w.getIsMore(), w.getPrice(),
                    TriggerMethod.of(w.getTriggerMethod()), conjunction);
            case TIME -> new OrderCondition.Time(w.getIsMore(), w.getTime(), conjunction);
            case MARGIN -> new OrderCondition.Margin(w.getIsMore(), w.getPercent(), conjunction);
            case EXECUTION -> new OrderCondition.Execution(w.getSymbol(), w.getSecType(), w.getExchange(), conjunction);
            case VOLUME -> new OrderCondition.Volume(w.getConId(), w.getExchange(), w.getIsMore(), w.getVolume(), conjunction);
            case PERCENT_CHANGE -> new OrderCondition.PercentChange(w.getConId(), w.getExchange(), w.getIsMore(),
                    w.getChangePercent(), conjunction);
            default -> null;
        };
    }
}
