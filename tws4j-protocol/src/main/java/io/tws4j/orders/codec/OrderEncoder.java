package io.tws4j.orders.codec;

import static io.tws4j.orders.codec.Fields.decimal;
import static io.tws4j.orders.codec.Fields.flag;
import static io.tws4j.orders.codec.Fields.number;
import static io.tws4j.orders.codec.Fields.optional;
import static io.tws4j.orders.codec.Fields.text;

import io.tws4j.accounts.SoftDollarTier;
import io.tws4j.orders.Action;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderClearing;
import io.tws4j.orders.OrderHandling;
import io.tws4j.orders.OrderOffsets;
import io.tws4j.orders.OrderTiming;
import io.tws4j.orders.OrderType;
import io.tws4j.orders.TimeInForce;
import io.tws4j.protocol.proto.AccountsProto;
import io.tws4j.protocol.proto.OrdersProto;
import java.util.function.LongConsumer;

/**
 * Writes an {@link Order} as IB's own client does (PROTOCOL.md Appendix B, frame 4): unset values
 * stay off the wire, but the client id, perm id, parent id, display size, OCA type, trigger
 * method, continuous update, delta-neutral conId and short-sale slot, origin, short-sale slot,
 * exemption code, reference contract, pegged and reference change amounts and adjustable trailing
 * unit are always written, and the soft-dollar tier always as a (possibly empty) message. A price
 * the order type needs is written even when it is zero (a combo may trade at zero).
 */
final class OrderEncoder {

    private OrderEncoder() {}

    static OrdersProto.Order encode(Order order) {
        OrdersProto.Order.Builder w = OrdersProto.Order.newBuilder()
                .setClientId(order.clientId())
                .setPermId(order.permId())
                .setParentId(order.parentId());
        number(order.orderId(), w::setOrderId);
        permanentId(order.parentPermId(), w::setParentPermId);
        core(order, w);
        w.setDisplaySize(order.handling().displaySize());
        w.setOcaType(order.oca().type().wireValue());
        text(order.oca().name(), w::setOcaGroup);
        w.setTriggerMethod(order.offsets().triggerMethod().wireValue());
        timing(order.timing(), w);
        handling(order.handling(), w);
        offsets(order.offsets(), w);
        clearing(order.clearing(), w);
        groups(order, w);
        ConditionCodec.encode(order.conditions(), w);
        return w.build();
    }

    private static void permanentId(long value, LongConsumer setter) {
        if (value != 0) {
            setter.accept(value);
        }
    }

    private static void core(Order order, OrdersProto.Order.Builder w) {
        if (order.action() != Action.UNKNOWN) {
            text(order.action().wireValue(), w::setAction);
        }
        decimal(order.totalQuantity(), w::setTotalQuantity);
        number(order.cashQuantity(), w::setCashQty);
        decimal(order.filledQuantity(), w::setFilledQuantity);
        if (order.orderType() != OrderType.UNKNOWN) {
            text(order.orderType().wireValue(), w::setOrderType);
        }
        if (order.limitPrice() != 0 || order.orderType().limitPrice() == OrderType.Price.REQUIRED) {
            w.setLmtPrice(order.limitPrice());
        }
        if (order.auxPrice() != 0 || order.orderType().auxPrice() == OrderType.Price.REQUIRED) {
            w.setAuxPrice(order.auxPrice());
        }
        if (order.timeInForce() != TimeInForce.UNKNOWN) {
            text(order.timeInForce().wireValue(), w::setTif);
        }
        text(order.account(), w::setAccount);
        text(order.orderRef(), w::setOrderRef);
        flag(order.transmit(), w::setTransmit);
        flag(order.outsideRth(), w::setOutsideRth);
        flag(order.whatIf(), w::setWhatIf);
    }

    private static void timing(OrderTiming t, OrdersProto.Order.Builder w) {
        text(t.goodAfterTime(), w::setGoodAfterTime);
        text(t.goodTillDate(), w::setGoodTillDate);
        text(t.activeStartTime(), w::setActiveStartTime);
        text(t.activeStopTime(), w::setActiveStopTime);
        text(t.autoCancelDate(), w::setAutoCancelDate);
        number(t.duration(), w::setDuration);
        text(t.manualOrderTime(), w::setManualOrderTime);
    }

    private static void handling(OrderHandling h, OrdersProto.Order.Builder w) {
        flag(h.hidden(), w::setHidden);
        flag(h.allOrNone(), w::setAllOrNone);
        flag(h.blockOrder(), w::setBlockOrder);
        flag(h.sweepToFill(), w::setSweepToFill);
        number(h.minQty(), w::setMinQty);
        flag(h.notHeld(), w::setNotHeld);
        flag(h.optOutSmartRouting(), w::setOptOutSmartRouting);
        flag(h.randomizeSize(), w::setRandomizeSize);
        flag(h.randomizePrice(), w::setRandomizePrice);
        flag(h.solicited(), w::setSolicited);
        flag(h.includeOvernight(), w::setIncludeOvernight);
        flag(h.postOnly(), w::setPostOnly);
        flag(h.allowPreOpen(), w::setAllowPreOpen);
        flag(h.ignoreOpenAuction(), w::setIgnoreOpenAuction);
        optional(h.seekPriceImprovement(), w::setSeekPriceImprovement);
        optional(h.routeMarketableToBbo(), w::setRouteMarketableToBbo);
        optional(h.usePriceMgmtAlgo(), w::setUsePriceMgmtAlgo);
        optional(h.postToAts(), w::setPostToAts);
        number(h.minTradeQty(), w::setMinTradeQty);
        number(h.minCompeteSize(), w::setMinCompeteSize);
        flag(h.imbalanceOnly(), w::setImbalanceOnly);
        flag(h.overridePercentageConstraints(), w::setOverridePercentageConstraints);
        flag(h.deactivate(), w::setDeactivate);
        flag(h.autoCancelParent(), w::setAutoCancelParent);
        flag(h.dontUseAutoPriceForHedge(), w::setDontUseAutoPriceForHedge);
        flag(h.omsContainer(), w::setIsOmsContainer);
        number(h.whatIfType(), w::setWhatIfType);
        text(h.advancedErrorOverride(), w::setAdvancedErrorOverride);
    }

    private static void offsets(OrderOffsets o, OrdersProto.Order.Builder w) {
        number(o.trailingPercent(), w::setTrailingPercent);
        number(o.trailStopPrice(), w::setTrailStopPrice);
        number(o.percentOffset(), w::setPercentOffset);
        number(o.limitPriceOffset(), w::setLmtPriceOffset);
        number(o.discretionaryAmount(), w::setDiscretionaryAmt);
        flag(o.discretionaryUpToLimitPrice(), w::setDiscretionaryUpToLimitPrice);
        number(o.startingPrice(), w::setStartingPrice);
        number(o.stockReferencePrice(), w::setStockRefPrice);
        number(o.delta(), w::setDelta);
        number(o.stockRangeLower(), w::setStockRangeLower);
        number(o.stockRangeUpper(), w::setStockRangeUpper);
        number(o.midOffsetAtWhole(), w::setMidOffsetAtWhole);
        number(o.midOffsetAtHalf(), w::setMidOffsetAtHalf);
        number(o.competeAgainstBestOffset(), w::setCompeteAgainstBestOffset);
    }

    private static void clearing(OrderClearing c, OrdersProto.Order.Builder w) {
        text(c.settlingFirm(), w::setSettlingFirm);
        text(c.clearingAccount(), w::setClearingAccount);
        text(c.clearingIntent(), w::setClearingIntent);
        text(c.openClose(), w::setOpenClose);
        w.setOrigin(c.origin());
        w.setShortSaleSlot(c.shortSaleSlot());
        text(c.designatedLocation(), w::setDesignatedLocation);
        w.setExemptCode(c.exemptCode());
        text(c.rule80A(), w::setRule80A);
        text(c.modelCode(), w::setModelCode);
        text(c.extOperator(), w::setExtOperator);
        text(c.customerAccount(), w::setCustomerAccount);
        flag(c.professionalCustomer(), w::setProfessionalCustomer);
        text(c.shareholder(), w::setShareholder);
        text(c.submitter(), w::setSubmitter);
        optional(c.manualOrderIndicator(), w::setManualOrderIndicator);
        text(c.bondAccruedInterest(), w::setBondAccruedInterest);
        w.setSoftDollarTier(softDollarTier(c.softDollarTier()));
        text(c.mifid2DecisionMaker(), w::setMifid2DecisionMaker);
        text(c.mifid2DecisionAlgo(), w::setMifid2DecisionAlgo);
        text(c.mifid2ExecutionTrader(), w::setMifid2ExecutionTrader);
        text(c.mifid2ExecutionAlgo(), w::setMifid2ExecutionAlgo);
    }

    static AccountsProto.SoftDollarTier softDollarTier(SoftDollarTier tier) {
        AccountsProto.SoftDollarTier.Builder wire = AccountsProto.SoftDollarTier.newBuilder();
        text(tier.name(), wire::setName);
        text(tier.value(), wire::setValue);
        text(tier.displayName(), wire::setDisplayName);
        return wire.build();
    }

    /** The rarely used groups: allocation, volatility, scale, hedge, algo, pegs and adjusted stops, option maps. */
    private static void groups(Order order, OrdersProto.Order.Builder w) {
        text(order.allocation().group(), w::setFaGroup);
        text(order.allocation().method(), w::setFaMethod);
        text(order.allocation().percentage(), w::setFaPercentage);
        VolatilityCodec.encode(order.volatility(), w);
        ScaleCodec.encode(order.scale(), w);
        text(order.hedge().type(), w::setHedgeType);
        text(order.hedge().parameter(), w::setHedgeParam);
        number(order.hedge().maxSize(), w::setHedgeMaxSize);
        text(order.algo().strategy(), w::setAlgoStrategy);
        w.putAllAlgoParams(order.algo().params());
        text(order.algo().id(), w::setAlgoId);
        w.setReferenceContractId(order.benchmarkPeg().referenceContractId());
        w.setPeggedChangeAmount(order.benchmarkPeg().peggedChangeAmount());
        flag(order.benchmarkPeg().peggedChangeAmountDecrease(), w::setIsPeggedChangeAmountDecrease);
        w.setReferenceChangeAmount(order.benchmarkPeg().referenceChangeAmount());
        text(order.benchmarkPeg().referenceExchange(), w::setReferenceExchangeId);
        number(order.benchmarkPeg().referenceFuturesConId(), w::setRefFuturesConId);
        if (order.adjustedStop().orderType() != OrderType.UNKNOWN) {
            text(order.adjustedStop().orderType().wireValue(), w::setAdjustedOrderType);
        }
        number(order.adjustedStop().triggerPrice(), w::setTriggerPrice);
        number(order.adjustedStop().stopPrice(), w::setAdjustedStopPrice);
        number(order.adjustedStop().stopLimitPrice(), w::setAdjustedStopLimitPrice);
        number(order.adjustedStop().trailingAmount(), w::setAdjustedTrailingAmount);
        w.setAdjustableTrailingUnit(order.adjustedStop().trailingUnit());
        w.putAllSmartComboRoutingParams(order.smartComboRoutingParams());
        w.putAllOrderMiscOptions(order.miscOptions());
    }
}
