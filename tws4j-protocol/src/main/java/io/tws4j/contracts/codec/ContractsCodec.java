package io.tws4j.contracts.codec;

import io.tws4j.contracts.ComboLeg;
import io.tws4j.contracts.Contract;
import io.tws4j.contracts.ContractDescription;
import io.tws4j.contracts.ContractDetails;
import io.tws4j.contracts.DeltaNeutralContract;
import io.tws4j.contracts.DepthExchange;
import io.tws4j.contracts.MarketRule;
import io.tws4j.contracts.OptionChain;
import io.tws4j.contracts.PriceIncrement;
import io.tws4j.contracts.SmartComponent;
import io.tws4j.protocol.proto.ContractsProto;
import io.tws4j.protocol.proto.ContractsProto.CancelContractData;
import io.tws4j.protocol.proto.ContractsProto.ContractData;
import io.tws4j.protocol.proto.ContractsProto.ContractDataEnd;
import io.tws4j.protocol.proto.ContractsProto.ContractDataRequest;
import io.tws4j.protocol.proto.ContractsProto.MarketDepthExchanges;
import io.tws4j.protocol.proto.ContractsProto.MarketDepthExchangesRequest;
import io.tws4j.protocol.proto.ContractsProto.MarketRuleRequest;
import io.tws4j.protocol.proto.ContractsProto.MatchingSymbolsRequest;
import io.tws4j.protocol.proto.ContractsProto.SecDefOptParameter;
import io.tws4j.protocol.proto.ContractsProto.SecDefOptParameterEnd;
import io.tws4j.protocol.proto.ContractsProto.SecDefOptParamsRequest;
import io.tws4j.protocol.proto.ContractsProto.SmartComponents;
import io.tws4j.protocol.proto.ContractsProto.SmartComponentsRequest;
import io.tws4j.protocol.proto.ContractsProto.SymbolSamples;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Both directions of the contract and reference-data messages. Encoders leave unset values off
 * the wire as IB's encoder does (empty strings, zero numbers, false flags), except the ones IB's
 * client always writes: a contract's {@code conId}, and a combo leg's id, ratio, open/close,
 * short-sale slot and exemption code. Decoders read an absent field as unset.
 */
public final class ContractsCodec {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private ContractsCodec() {}

    // ---- contracts

    /** Encodes a contract. */
    public static ContractsProto.Contract contract(Contract contract) {
        ContractsProto.Contract.Builder wire = ContractsProto.Contract.newBuilder().setConId(contract.conId());
        Wire.text(contract.symbol(), wire::setSymbol);
        Wire.text(contract.secType(), wire::setSecType);
        Wire.text(contract.lastTradeDateOrContractMonth(), wire::setLastTradeDateOrContractMonth);
        Wire.number(contract.strike(), wire::setStrike);
        Wire.text(contract.right(), wire::setRight);
        Wire.number(contract.multiplier(), wire::setMultiplier);
        Wire.text(contract.exchange(), wire::setExchange);
        Wire.text(contract.primaryExchange(), wire::setPrimaryExch);
        Wire.text(contract.currency(), wire::setCurrency);
        Wire.text(contract.localSymbol(), wire::setLocalSymbol);
        Wire.text(contract.tradingClass(), wire::setTradingClass);
        Wire.text(contract.secIdType(), wire::setSecIdType);
        Wire.text(contract.secId(), wire::setSecId);
        Wire.text(contract.description(), wire::setDescription);
        Wire.text(contract.issuerId(), wire::setIssuerId);
        contract.deltaNeutralContract().ifPresent(hedge -> wire.setDeltaNeutralContract(
                ContractsProto.DeltaNeutralContract.newBuilder()
                        .setConId(hedge.conId()).setDelta(hedge.delta()).setPrice(hedge.price())));
        if (contract.includeExpired()) {
            wire.setIncludeExpired(true);
        }
        Wire.text(contract.comboLegsDescription(), wire::setComboLegsDescrip);
        contract.comboLegs().forEach(leg -> wire.addComboLegs(leg(leg)));
        Wire.text(contract.lastTradeDate(), wire::setLastTradeDate);
        return wire.build();
    }

    /** Decodes a contract; absent fields are unset. */
    public static Contract contract(ContractsProto.Contract wire) {
        Optional<DeltaNeutralContract> hedge = wire.hasDeltaNeutralContract()
                ? Optional.of(new DeltaNeutralContract(wire.getDeltaNeutralContract().getConId(),
                        wire.getDeltaNeutralContract().getDelta(), wire.getDeltaNeutralContract().getPrice()))
                : Optional.empty();
        List<ComboLeg> legs = new ArrayList<>(wire.getComboLegsCount());
        wire.getComboLegsList().forEach(leg -> legs.add(leg(leg)));
        return new Contract(wire.getConId(), wire.getSymbol(), wire.getSecType(), wire.getLastTradeDateOrContractMonth(),
                wire.getStrike(), wire.getRight(), wire.getMultiplier(), wire.getExchange(), wire.getPrimaryExch(),
                wire.getCurrency(), wire.getLocalSymbol(), wire.getTradingClass(), wire.getSecIdType(), wire.getSecId(),
                wire.getDescription(), wire.getIssuerId(), hedge, wire.getIncludeExpired(), wire.getComboLegsDescrip(),
                legs, wire.getLastTradeDate());
    }

    private static ContractsProto.ComboLeg leg(ComboLeg leg) {
        ContractsProto.ComboLeg.Builder wire = ContractsProto.ComboLeg.newBuilder()
                .setConId(leg.conId())
                .setRatio(leg.ratio())
                .setOpenClose(leg.openClose())
                .setShortSalesSlot(leg.shortSaleSlot())
                .setExemptCode(leg.exemptCode());
        Wire.text(leg.action(), wire::setAction);
        Wire.text(leg.exchange(), wire::setExchange);
        Wire.text(leg.designatedLocation(), wire::setDesignatedLocation);
        Wire.number(leg.perLegPrice(), wire::setPerLegPrice);
        return wire.build();
    }

    private static ComboLeg leg(ContractsProto.ComboLeg wire) {
        return new ComboLeg(wire.getConId(), wire.getRatio(), wire.getAction(), wire.getExchange(), wire.getOpenClose(),
                wire.getShortSalesSlot(), wire.getDesignatedLocation(), wire.hasExemptCode() ? wire.getExemptCode() : -1,
                wire.getPerLegPrice());
    }

    // ---- contract details

    /** Encodes the details part of a CONTRACT_DATA message (the contract travels beside it). */
    public static ContractsProto.ContractDetails details(ContractDetails details) {
        return ContractDetailsCodec.encode(details);
    }

    /** Decodes contract details from the contract and the details part of a CONTRACT_DATA message. */
    public static ContractDetails details(ContractsProto.Contract contract, ContractsProto.ContractDetails details) {
        return ContractDetailsCodec.decode(contract(contract), details);
    }

    /** Encodes a contract-details request. */
    public static ContractDataRequest contractDataRequest(int requestId, Contract contract) {
        return ContractDataRequest.newBuilder().setReqId(requestId).setContract(contract(contract)).build();
    }

    /** Encodes one answer to a contract-details request (CONTRACT_DATA and BOND_CONTRACT_DATA alike). */
    public static ContractData contractData(int requestId, ContractDetails details) {
        return ContractData.newBuilder()
                .setReqId(requestId)
                .setContract(contract(details.contract()))
                .setContractDetails(details(details))
                .build();
    }

    /** Decodes one answer to a contract-details request. */
    public static ContractDetails details(ContractData message) {
        return details(message.getContract(), message.getContractDetails());
    }

    public static ContractDataEnd contractDataEnd(int requestId) {
        return ContractDataEnd.newBuilder().setReqId(requestId).build();
    }

    public static CancelContractData cancelContractData(int requestId) {
        return CancelContractData.newBuilder().setReqId(requestId).build();
    }

    // ---- symbol search

    public static MatchingSymbolsRequest matchingSymbolsRequest(int requestId, String pattern) {
        MatchingSymbolsRequest.Builder request = MatchingSymbolsRequest.newBuilder().setReqId(requestId);
        Wire.text(pattern, request::setPattern);
        return request.build();
    }

    public static SymbolSamples symbolSamples(int requestId, List<ContractDescription> descriptions) {
        SymbolSamples.Builder message = SymbolSamples.newBuilder().setReqId(requestId);
        for (ContractDescription description : descriptions) {
            message.addContractDescriptions(ContractsProto.ContractDescription.newBuilder()
                    .setContract(contract(description.contract()))
                    .addAllDerivativeSecTypes(description.derivativeSecTypes()));
        }
        return message.build();
    }

    public static List<ContractDescription> descriptions(SymbolSamples message) {
        return message.getContractDescriptionsList().stream()
                .map(wire -> new ContractDescription(contract(wire.getContract()), wire.getDerivativeSecTypesList()))
                .toList();
    }

    // ---- option chains

    /**
     * Encodes an option-chain request. {@code futFopExchange} is empty for options on stocks and
     * indexes, and the futures' exchange for options on futures.
     */
    public static SecDefOptParamsRequest secDefOptParamsRequest(int requestId, String underlyingSymbol,
                                                                String futFopExchange, String underlyingSecType,
                                                                int underlyingConId) {
        SecDefOptParamsRequest.Builder request = SecDefOptParamsRequest.newBuilder().setReqId(requestId)
                .setUnderlyingConId(underlyingConId);
        Wire.text(underlyingSymbol, request::setUnderlyingSymbol);
        Wire.text(futFopExchange, request::setFutFopExchange);
        Wire.text(underlyingSecType, request::setUnderlyingSecType);
        return request.build();
    }

    public static SecDefOptParameter secDefOptParameter(int requestId, OptionChain chain) {
        SecDefOptParameter.Builder message = SecDefOptParameter.newBuilder()
                .setReqId(requestId)
                .setUnderlyingConId(chain.underlyingConId())
                .addAllStrikes(chain.strikes());
        Wire.text(chain.exchange(), message::setExchange);
        Wire.text(chain.tradingClass(), message::setTradingClass);
        Wire.text(chain.multiplier(), message::setMultiplier);
        chain.expirations().forEach(day -> message.addExpirations(day.format(DAY)));
        return message.build();
    }

    /**
     * Decodes one exchange's option chain.
     *
     * @throws java.time.format.DateTimeParseException if an expiration is not a {@code yyyyMMdd} date
     */
    public static OptionChain optionChain(SecDefOptParameter message) {
        List<LocalDate> expirations = message.getExpirationsList().stream()
                .map(text -> LocalDate.parse(text.strip(), DAY))
                .toList();
        return new OptionChain(message.getExchange(), message.getUnderlyingConId(), message.getTradingClass(),
                message.getMultiplier(), expirations, message.getStrikesList());
    }

    public static SecDefOptParameterEnd secDefOptParameterEnd(int requestId) {
        return SecDefOptParameterEnd.newBuilder().setReqId(requestId).build();
    }

    // ---- market rules, SMART components, depth exchanges

    public static MarketRuleRequest marketRuleRequest(int ruleId) {
        return MarketRuleRequest.newBuilder().setMarketRuleId(ruleId).build();
    }

    public static ContractsProto.MarketRule marketRule(MarketRule rule) {
        ContractsProto.MarketRule.Builder message = ContractsProto.MarketRule.newBuilder().setMarketRuleId(rule.id());
        for (PriceIncrement step : rule.increments()) {
            message.addPriceIncrements(ContractsProto.PriceIncrement.newBuilder()
                    .setLowEdge(step.lowEdge()).setIncrement(step.increment()));
        }
        return message.build();
    }

    public static MarketRule marketRule(ContractsProto.MarketRule message) {
        return new MarketRule(message.getMarketRuleId(), message.getPriceIncrementsList().stream()
                .map(step -> new PriceIncrement(step.getLowEdge(), step.getIncrement()))
                .toList());
    }

    public static SmartComponentsRequest smartComponentsRequest(int requestId, String bboExchange) {
        SmartComponentsRequest.Builder request = SmartComponentsRequest.newBuilder().setReqId(requestId);
        Wire.text(bboExchange, request::setBboExchange);
        return request.build();
    }

    public static SmartComponents smartComponents(int requestId, List<SmartComponent> components) {
        SmartComponents.Builder message = SmartComponents.newBuilder().setReqId(requestId);
        for (SmartComponent component : components) {
            ContractsProto.SmartComponent.Builder wire = ContractsProto.SmartComponent.newBuilder()
                    .setBitNumber(component.bitNumber());
            Wire.text(component.exchange(), wire::setExchange);
            Wire.text(component.exchangeLetter(), wire::setExchangeLetter);
            message.addSmartComponents(wire);
        }
        return message.build();
    }

    public static List<SmartComponent> smartComponents(SmartComponents message) {
        return message.getSmartComponentsList().stream()
                .map(wire -> new SmartComponent(wire.getBitNumber(), wire.getExchange(), wire.getExchangeLetter()))
                .toList();
    }

    public static MarketDepthExchangesRequest marketDepthExchangesRequest() {
        return MarketDepthExchangesRequest.getDefaultInstance();
    }

    public static MarketDepthExchanges marketDepthExchanges(List<DepthExchange> exchanges) {
        MarketDepthExchanges.Builder message = MarketDepthExchanges.newBuilder();
        for (DepthExchange exchange : exchanges) {
            ContractsProto.DepthMarketDataDescription.Builder wire = ContractsProto.DepthMarketDataDescription.newBuilder();
            Wire.text(exchange.exchange(), wire::setExchange);
            Wire.text(exchange.secType(), wire::setSecType);
            Wire.text(exchange.listingExchange(), wire::setListingExch);
            Wire.text(exchange.serviceDataType(), wire::setServiceDataType);
            if (exchange.aggGroup() != 0) {
                wire.setAggGroup(exchange.aggGroup());
            }
            message.addDepthMarketDataDescriptions(wire);
        }
        return message.build();
    }

    public static List<DepthExchange> depthExchanges(MarketDepthExchanges message) {
        return message.getDepthMarketDataDescriptionsList().stream()
                .map(wire -> new DepthExchange(wire.getExchange(), wire.getSecType(), wire.getListingExch(),
                        wire.getServiceDataType(), wire.getAggGroup()))
                .toList();
    }
}
