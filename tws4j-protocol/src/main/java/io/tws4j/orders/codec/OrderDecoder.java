package io.tws4j.orders.codec;

import io.tws4j.accounts.SoftDollarTier;
import io.tws4j.orders.Action;
import io.tws4j.orders.AdjustedStop;
import io.tws4j.orders.Algo;
import io.tws4j.orders.BenchmarkPeg;
import io.tws4j.orders.FaAllocation;
import io.tws4j.orders.HedgeOrder;
import io.tws4j.orders.OcaGroup;
import io.tws4j.orders.OcaType;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderClearing;
import io.tws4j.orders.OrderHandling;
import io.tws4j.orders.OrderOffsets;
import io.tws4j.orders.OrderTiming;
import io.tws4j.orders.OrderType;
import io.tws4j.orders.TimeInForce;
import io.tws4j.orders.TriggerMethod;
import io.tws4j.protocol.proto.AccountsProto;
import io.tws4j.protocol.proto.OrdersProto;

/**
 * Reads a wire {@code Order}: absent fields are unset, an absent exemption code is -1 (IB's
 * unset value), and an absent action, type or time in force is unset rather than unknown.
 */
final class OrderDecoder {

    private OrderDecoder() {}

    static Order decode(OrdersProto.Order w) {
        return Order.builder()
                .orderId(w.getOrderId()).clientId(w.getClientId()).permId(w.getPermId()).parentId(w.getParentId())
                .parentPermId(w.getParentPermId())
                .action(Action.of(w.getAction()))
                .totalQuantity(Fields.decimal(w.getTotalQuantity()))
                .cashQuantity(w.getCashQty())
                .filledQuantity(Fields.decimal(w.getFilledQuantity()))
                .orderType(OrderType.of(w.getOrderType()))
                .limitPrice(w.getLmtPrice()).auxPrice(w.getAuxPrice())
                .timeInForce(TimeInForce.of(w.getTif()))
                .account(w.getAccount()).orderRef(w.getOrderRef())
                .transmit(w.getTransmit()).outsideRth(w.getOutsideRth()).whatIf(w.getWhatIf())
                .oca(w.hasOcaGroup() || w.getOcaType() != 0 ? new OcaGroup(w.getOcaGroup(), OcaType.of(w.getOcaType())) : OcaGroup.NONE)
                .timing(timing(w)).handling(handling(w)).offsets(offsets(w))
                .conditions(ConditionCodec.decode(w))
                .algo(w.hasAlgoStrategy() || w.getAlgoParamsCount() > 0 || w.hasAlgoId()
                        ? new Algo(w.getAlgoStrategy(), w.getAlgoParamsMap(), w.getAlgoId()) : Algo.NONE)
                .clearing(clearing(w))
                .allocation(new FaAllocation(w.getFaGroup(), w.getFaMethod(), w.getFaPercentage()))
                .volatility(VolatilityCodec.decode(w))
                .scale(ScaleCodec.decode(w))
                .hedge(new HedgeOrder(w.getHedgeType(), w.getHedgeParam(), w.getHedgeMaxSize()))
                .benchmarkPeg(new BenchmarkPeg(w.getReferenceContractId(), w.getPeggedChangeAmount(),
                        w.getIsPeggedChangeAmountDecrease(), w.getReferenceChangeAmount(), w.getReferenceExchangeId(),
                        w.getRefFuturesConId()))
                .adjustedStop(new AdjustedStop(OrderType.of(w.getAdjustedOrderType()), w.getTriggerPrice(),
                        w.getAdjustedStopPrice(), w.getAdjustedStopLimitPrice(), w.getAdjustedTrailingAmount(),
                        w.getAdjustableTrailingUnit()))
                .smartComboRoutingParams(w.getSmartComboRoutingParamsMap())
                .miscOptions(w.getOrderMiscOptionsMap())
                .build();
    }

    private static OrderTiming timing(OrdersProto.Order w) {
        return new OrderTiming(w.getGoodAfterTime(), w.getGoodTillDate(), w.getActiveStartTime(), w.getActiveStopTime(),
                w.getAutoCancelDate(), w.getDuration(), w.getManualOrderTime());
    }

    private static OrderHandling handling(OrdersProto.Order w) {
        return OrderHandling.builder()
                .displaySize(w.getDisplaySize()).hidden(w.getHidden()).allOrNone(w.getAllOrNone())
                .blockOrder(w.getBlockOrder()).sweepToFill(w.getSweepToFill()).minQty(w.getMinQty()).notHeld(w.getNotHeld())
                .optOutSmartRouting(w.getOptOutSmartRouting()).randomizeSize(w.getRandomizeSize())
                .randomizePrice(w.getRandomizePrice()).solicited(w.getSolicited()).includeOvernight(w.getIncludeOvernight())
                .postOnly(w.getPostOnly()).allowPreOpen(w.getAllowPreOpen()).ignoreOpenAuction(w.getIgnoreOpenAuction())
                .seekPriceImprovement(Fields.optionalInt(w.hasSeekPriceImprovement(), w.getSeekPriceImprovement()))
                .routeMarketableToBbo(Fields.optionalInt(w.hasRouteMarketableToBbo(), w.getRouteMarketableToBbo()))
                .usePriceMgmtAlgo(Fields.optionalInt(w.hasUsePriceMgmtAlgo(), w.getUsePriceMgmtAlgo()))
                .postToAts(Fields.optionalInt(w.hasPostToAts(), w.getPostToAts()))
                .minTradeQty(w.getMinTradeQty()).minCompeteSize(w.getMinCompeteSize()).imbalanceOnly(w.getImbalanceOnly())
                .overridePercentageConstraints(w.getOverridePercentageConstraints()).deactivate(w.getDeactivate())
                .autoCancelParent(w.getAutoCancelParent()).dontUseAutoPriceForHedge(w.getDontUseAutoPriceForHedge())
                .omsContainer(w.getIsOmsContainer()).whatIfType(w.getWhatIfType())
                .advancedErrorOverride(w.getAdvancedErrorOverride())
                .build();
    }

    private static OrderOffsets offsets(OrdersProto.Order w) {
        return OrderOffsets.builder()
                .trailingPercent(w.getTrailingPercent()).trailStopPrice(w.getTrailStopPrice())
                .percentOffset(w.getPercentOffset()).limitPriceOffset(w.getLmtPriceOffset())
                .discretionaryAmount(w.getDiscretionaryAmt()).discretionaryUpToLimitPrice(w.getDiscretionaryUpToLimitPrice())
                .startingPrice(w.getStartingPrice()).stockReferencePrice(w.getStockRefPrice()).delta(w.getDelta())
                .stockRange(w.getStockRangeLower(), w.getStockRangeUpper())
                .triggerMethod(TriggerMethod.of(w.getTriggerMethod()))
                .midOffsets(w.getMidOffsetAtWhole(), w.getMidOffsetAtHalf())
                .competeAgainstBestOffset(w.getCompeteAgainstBestOffset())
                .build();
    }

    private static OrderClearing clearing(OrdersProto.Order w) {
        return OrderClearing.builder()
                .settlingFirm(w.getSettlingFirm()).clearingAccount(w.getClearingAccount())
                .clearingIntent(w.getClearingIntent()).openClose(w.getOpenClose()).origin(w.getOrigin())
                .shortSale(w.getShortSaleSlot(), w.getDesignatedLocation(), w.hasExemptCode() ? w.getExemptCode() : -1)
                .rule80A(w.getRule80A()).modelCode(w.getModelCode()).extOperator(w.getExtOperator())
                .customerAccount(w.getCustomerAccount()).professionalCustomer(w.getProfessionalCustomer())
                .shareholder(w.getShareholder()).submitter(w.getSubmitter())
                .manualOrderIndicator(Fields.optionalInt(w.hasManualOrderIndicator(), w.getManualOrderIndicator()))
                .bondAccruedInterest(w.getBondAccruedInterest())
                .softDollarTier(softDollarTier(w.getSoftDollarTier()))
                .mifid2(w.getMifid2DecisionMaker(), w.getMifid2DecisionAlgo(), w.getMifid2ExecutionTrader(),
                        w.getMifid2ExecutionAlgo())
                .build();
    }

    static SoftDollarTier softDollarTier(AccountsProto.SoftDollarTier w) {
        SoftDollarTier tier = new SoftDollarTier(w.getName(), w.getValue(), w.getDisplayName());
        return tier.equals(SoftDollarTier.NONE) ? SoftDollarTier.NONE : tier;
    }
}
