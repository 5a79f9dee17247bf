package io.tws4j.contracts.codec;

import io.tws4j.connection.TwsTimeZones;
import io.tws4j.contracts.BondDetails;
import io.tws4j.contracts.Contract;
import io.tws4j.contracts.ContractDetails;
import io.tws4j.contracts.FundDetails;
import io.tws4j.contracts.IneligibilityReason;
import io.tws4j.contracts.TradingHours;
import io.tws4j.protocol.proto.ContractsProto;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Maps the 65 fields of the wire's {@code ContractDetails}. Comma-separated lists (order types,
 * exchanges, market rule ids) become lists; decimal strings become {@code BigDecimal}s; the hours
 * are parsed in the contract's zone (UTC when the zone's name is unknown).
 */
final class ContractDetailsCodec {

    private ContractDetailsCodec() {}

    static ContractsProto.ContractDetails encode(ContractDetails details) {
        ContractsProto.ContractDetails.Builder wire = ContractsProto.ContractDetails.newBuilder();
        Wire.text(details.marketName(), wire::setMarketName);
        Wire.price(details.minTick(), wire::setMinTick);
        Wire.text(String.join(",", details.orderTypes()), wire::setOrderTypes);
        Wire.text(String.join(",", details.validExchanges()), wire::setValidExchanges);
        whenSet(details.priceMagnifier(), wire::setPriceMagnifier);
        whenSet(details.underConId(), wire::setUnderConId);
        Wire.text(details.longName(), wire::setLongName);
        Wire.text(details.contractMonth(), wire::setContractMonth);
        Wire.text(details.industry(), wire::setIndustry);
        Wire.text(details.category(), wire::setCategory);
        Wire.text(details.subcategory(), wire::setSubcategory);
        Wire.text(details.timeZoneId(), wire::setTimeZoneId);
        Wire.text(details.tradingHours().text(), wire::setTradingHours);
        Wire.text(details.liquidHours().text(), wire::setLiquidHours);
        Wire.text(details.evRule(), wire::setEvRule);
        Wire.number(details.evMultiplier(), wire::setEvMultiplier);
        wire.putAllSecIdList(details.secIdList());
        whenSet(details.aggGroup(), wire::setAggGroup);
        Wire.text(details.underSymbol(), wire::setUnderSymbol);
        Wire.text(details.underSecType(), wire::setUnderSecType);
        Wire.text(String.join(",", details.marketRuleIds().stream().map(String::valueOf).toList()), wire::setMarketRuleIds);
        Wire.text(details.realExpirationDate(), wire::setRealExpirationDate);
        Wire.text(details.stockType(), wire::setStockType);
        Wire.decimal(details.minSize(), wire::setMinSize);
        Wire.decimal(details.sizeIncrement(), wire::setSizeIncrement);
        Wire.decimal(details.suggestedSizeIncrement(), wire::setSuggestedSizeIncrement);
        details.fund().ifPresent(fund -> encodeFund(fund, wire));
        details.bond().ifPresent(bond -> encodeBond(bond, wire));
        for (IneligibilityReason reason : details.ineligibilityReasons()) {
            ContractsProto.IneligibilityReason.Builder item = ContractsProto.IneligibilityReason.newBuilder();
            Wire.text(reason.id(), item::setId);
            Wire.text(reason.description(), item::setDescription);
            wire.addIneligibilityReasonList(item);
        }
        Wire.text(details.eventContract1(), wire::setEventContract1);
        Wire.text(details.eventContractDescription1(), wire::setEventContractDescription1);
        Wire.text(details.eventContractDescription2(), wire::setEventContractDescription2);
        Wire.decimal(details.minAlgoSize(), wire::setMinAlgoSize);
        Wire.text(details.lastPricePrecision(), wire::setLastPricePrecision);
        Wire.text(details.lastSizePrecision(), wire::setLastSizePrecision);
        Wire.text(details.settlementMethod(), wire::setSettlementMethod);
        return wire.build();
    }

    /**
     * @throws NumberFormatException if a number field does not hold a number
     */
    static ContractDetails decode(Contract contract, ContractsProto.ContractDetails wire) {
        ZoneId zone = TwsTimeZones.resolve(wire.getTimeZoneId()).orElse(ZoneOffset.UTC);
        return ContractDetails.builder(contract)
                .marketName(wire.getMarketName())
                .minTick(Wire.price(wire.getMinTick()))
                .orderTypes(list(wire.getOrderTypes()))
                .validExchanges(list(wire.getValidExchanges()))
                .priceMagnifier(wire.getPriceMagnifier())
                .longName(wire.getLongName())
                .contractMonth(wire.getContractMonth())
                .industry(wire.getIndustry(), wire.getCategory(), wire.getSubcategory())
                .timeZoneId(wire.getTimeZoneId())
                .tradingHours(TradingHours.parse(wire.getTradingHours(), zone))
                .liquidHours(TradingHours.parse(wire.getLiquidHours(), zone))
                .economicValue(wire.getEvRule(), wire.getEvMultiplier())
                .secIdList(wire.getSecIdListMap())
                .aggGroup(wire.getAggGroup())
                .underlying(wire.getUnderConId(), wire.getUnderSymbol(), wire.getUnderSecType())
                .marketRuleIds(list(wire.getMarketRuleIds()).stream().map(Integer::valueOf).toList())
                .realExpirationDate(wire.getRealExpirationDate())
                .stockType(wire.getStockType())
                .sizes(Wire.decimal(wire.getMinSize()), Wire.decimal(wire.getSizeIncrement()),
                        Wire.decimal(wire.getSuggestedSizeIncrement()))
                .fund(decodeFund(wire))
                .bond(decodeBond(wire))
                .ineligibilityReasons(wire.getIneligibilityReasonListList().stream()
                        .map(reason -> new IneligibilityReason(reason.getId(), reason.getDescription()))
                        .toList())
                .eventContract(wire.getEventContract1(), wire.getEventContractDescription1(),
                        wire.getEventContractDescription2())
                .minAlgoSize(Wire.decimal(wire.getMinAlgoSize()))
                .precisions(wire.getLastPricePrecision(), wire.getLastSizePrecision())
                .settlementMethod(wire.getSettlementMethod())
                .build();
    }

    private static void encodeFund(FundDetails fund, ContractsProto.ContractDetails.Builder wire) {
        Wire.text(fund.name(), wire::setFundName);
        Wire.text(fund.family(), wire::setFundFamily);
        Wire.text(fund.type(), wire::setFundType);
        Wire.text(fund.frontLoad(), wire::setFundFrontLoad);
        Wire.text(fund.backLoad(), wire::setFundBackLoad);
        Wire.text(fund.backLoadTimeInterval(), wire::setFundBackLoadTimeInterval);
        Wire.text(fund.managementFee(), wire::setFundManagementFee);
        whenTrue(fund.closed(), wire::setFundClosed);
        whenTrue(fund.closedForNewInvestors(), wire::setFundClosedForNewInvestors);
        whenTrue(fund.closedForNewMoney(), wire::setFundClosedForNewMoney);
        Wire.text(fund.notifyAmount(), wire::setFundNotifyAmount);
        Wire.text(fund.minimumInitialPurchase(), wire::setFundMinimumInitialPurchase);
        Wire.text(fund.minimumSubsequentPurchase(), wire::setFundMinimumSubsequentPurchase);
        Wire.text(fund.blueSkyStates(), wire::setFundBlueSkyStates);
        Wire.text(fund.blueSkyTerritories(), wire::setFundBlueSkyTerritories);
        Wire.text(fund.distributionPolicyIndicator(), wire::setFundDistributionPolicyIndicator);
        Wire.text(fund.assetType(), wire::setFundAssetType);
    }

    private static FundDetails decodeFund(ContractsProto.ContractDetails wire) {
        return new FundDetails(wire.getFundName(), wire.getFundFamily(), wire.getFundType(), wire.getFundFrontLoad(),
                wire.getFundBackLoad(), wire.getFundBackLoadTimeInterval(), wire.getFundManagementFee(),
                wire.getFundClosed(), wire.getFundClosedForNewInvestors(), wire.getFundClosedForNewMoney(),
                wire.getFundNotifyAmount(), wire.getFundMinimumInitialPurchase(),
                wire.getFundMinimumSubsequentPurchase(), wire.getFundBlueSkyStates(), wire.getFundBlueSkyTerritories(),
                wire.getFundDistributionPolicyIndicator(), wire.getFundAssetType());
    }

    private static void encodeBond(BondDetails bond, ContractsProto.ContractDetails.Builder wire) {
        Wire.text(bond.cusip(), wire::setCusip);
        Wire.text(bond.issueDate(), wire::setIssueDate);
        Wire.text(bond.ratings(), wire::setRatings);
        Wire.text(bond.bondType(), wire::setBondType);
        Wire.number(bond.coupon(), wire::setCoupon);
        Wire.text(bond.couponType(), wire::setCouponType);
        whenTrue(bond.convertible(), wire::setConvertible);
        whenTrue(bond.callable(), wire::setCallable);
        whenTrue(bond.puttable(), wire::setPuttable);
        Wire.text(bond.descAppend(), wire::setDescAppend);
        Wire.text(bond.nextOptionDate(), wire::setNextOptionDate);
        Wire.text(bond.nextOptionType(), wire::setNextOptionType);
        whenTrue(bond.nextOptionPartial(), wire::setNextOptionPartial);
        Wire.text(bond.notes(), wire::setBondNotes);
    }

    private static BondDetails decodeBond(ContractsProto.ContractDetails wire) {
        return new BondDetails(wire.getCusip(), wire.getIssueDate(), wire.getRatings(), wire.getBondType(),
                wire.getCoupon(), wire.getCouponType(), wire.getConvertible(), wire.getCallable(), wire.getPuttable(),
                wire.getDescAppend(), wire.getNextOptionDate(), wire.getNextOptionType(), wire.getNextOptionPartial(),
                wire.getBondNotes());
    }

    private static List<String> list(String commaSeparated) {
        List<String> items = new ArrayList<>();
        Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(item -> !item.isEmpty()).forEach(items::add);
        return items;
    }

    private static void whenSet(int value, IntConsumer setter) {
        if (value != 0) {
            setter.accept(value);
        }
    }

    private static void whenTrue(boolean value, Consumer<Boolean> setter) {
        if (value) {
            setter.accept(true);
        }
    }
}
