package io.tws4j.orders.codec;

import static io.tws4j.orders.codec.Fields.flag;
import static io.tws4j.orders.codec.Fields.number;
import static io.tws4j.orders.codec.Fields.text;

import io.tws4j.orders.DeltaNeutralOrder;
import io.tws4j.orders.VolatilityOrder;
import io.tws4j.protocol.proto.OrdersProto;

/** The volatility-order fields, with IB's explicit continuous-update flag and delta-neutral conId and slot. */
final class VolatilityCodec {

    private VolatilityCodec() {}

    static void encode(VolatilityOrder v, OrdersProto.Order.Builder w) {
        number(v.volatility(), w::setVolatility);
        number(v.volatilityType(), w::setVolatilityType);
        w.setContinuousUpdate(v.continuousUpdate());
        number(v.referencePriceType(), w::setReferencePriceType);
        DeltaNeutralOrder d = v.deltaNeutral();
        text(d.orderType(), w::setDeltaNeutralOrderType);
        number(d.auxPrice(), w::setDeltaNeutralAuxPrice);
        w.setDeltaNeutralConId(d.conId());
        text(d.openClose(), w::setDeltaNeutralOpenClose);
        flag(d.shortSale(), w::setDeltaNeutralShortSale);
        w.setDeltaNeutralShortSaleSlot(d.shortSaleSlot());
        text(d.designatedLocation(), w::setDeltaNeutralDesignatedLocation);
        text(d.settlingFirm(), w::setDeltaNeutralSettlingFirm);
        text(d.clearingAccount(), w::setDeltaNeutralClearingAccount);
        text(d.clearingIntent(), w::setDeltaNeutralClearingIntent);
    }

    static VolatilityOrder decode(OrdersProto.Order w) {
        DeltaNeutralOrder hedge = new DeltaNeutralOrder(w.getDeltaNeutralOrderType(), w.getDeltaNeutralAuxPrice(),
                w.getDeltaNeutralConId(), w.getDeltaNeutralOpenClose(), w.getDeltaNeutralShortSale(),
                w.getDeltaNeutralShortSaleSlot(), w.getDeltaNeutralDesignatedLocation(), w.getDeltaNeutralSettlingFirm(),
                w.getDeltaNeutralClearingAccount(), w.getDeltaNeutralClearingIntent());
        return new VolatilityOrder(w.getVolatility(), w.getVolatilityType(), w.getContinuousUpdate(),
                w.getReferencePriceType(), hedge.equals(DeltaNeutralOrder.NONE) ? DeltaNeutralOrder.NONE : hedge);
    }
}
