package io.tws4j.orders.codec;

import static io.tws4j.orders.codec.Fields.flag;
import static io.tws4j.orders.codec.Fields.number;
import static io.tws4j.orders.codec.Fields.text;

import io.tws4j.orders.ScaleOrder;
import io.tws4j.protocol.proto.OrdersProto;

/** The scale-order fields. */
final class ScaleCodec {

    private ScaleCodec() {}

    static void encode(ScaleOrder s, OrdersProto.Order.Builder w) {
        number(s.initLevelSize(), w::setScaleInitLevelSize);
        number(s.subsLevelSize(), w::setScaleSubsLevelSize);
        number(s.priceIncrement(), w::setScalePriceIncrement);
        number(s.priceAdjustValue(), w::setScalePriceAdjustValue);
        number(s.priceAdjustInterval(), w::setScalePriceAdjustInterval);
        number(s.profitOffset(), w::setScaleProfitOffset);
        flag(s.autoReset(), w::setScaleAutoReset);
        number(s.initPosition(), w::setScaleInitPosition);
        number(s.initFillQty(), w::setScaleInitFillQty);
        flag(s.randomPercent(), w::setScaleRandomPercent);
        text(s.table(), w::setScaleTable);
    }

    static ScaleOrder decode(OrdersProto.Order w) {
        return new ScaleOrder(w.getScaleInitLevelSize(), w.getScaleSubsLevelSize(), w.getScalePriceIncrement(),
                w.getScalePriceAdjustValue(), w.getScalePriceAdjustInterval(), w.getScaleProfitOffset(),
                w.getScaleAutoReset(), w.getScaleInitPosition(), w.getScaleInitFillQty(), w.getScaleRandomPercent(),
                w.getScaleTable());
    }
}
