package io.tws4j.client.contracts;

import io.tws4j.client.InvalidRequestException;
import io.tws4j.client.core.CallSpec;
import io.tws4j.client.core.Collector;
import io.tws4j.client.core.LaneKey;
import io.tws4j.client.core.Replies;
import io.tws4j.contracts.Contract;
import io.tws4j.contracts.ContractDescription;
import io.tws4j.contracts.ContractDetails;
import io.tws4j.contracts.DepthExchange;
import io.tws4j.contracts.MarketRule;
import io.tws4j.contracts.OptionChain;
import io.tws4j.contracts.OptionComputation;
import io.tws4j.contracts.SecurityType;
import io.tws4j.contracts.SmartComponent;
import io.tws4j.contracts.codec.ContractsCodec;
import io.tws4j.contracts.codec.OptionCalculationCodec;
import io.tws4j.marketdata.OptionComputationTick;
import io.tws4j.protocol.proto.ContractsProto;
import io.tws4j.protocol.proto.ContractsProto.ContractData;
import io.tws4j.protocol.proto.ContractsProto.MarketDepthExchanges;
import io.tws4j.protocol.proto.ContractsProto.SecDefOptParameter;
import io.tws4j.protocol.proto.ContractsProto.SmartComponents;
import io.tws4j.protocol.proto.ContractsProto.SymbolSamples;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.protocol.wire.ServerVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The contract and reference-data requests: what each sends, what its replies become, and what is checked first. */
final class ContractsRequests {
    /** Market rules have no request id: one is asked at a time, and the answer must carry the rule asked for. */
    static final LaneKey MARKET_RULE = LaneKey.of("market rule", InMessage.MARKET_RULE);
    /** Depth exchanges have no request id: one is asked at a time. */
    static final LaneKey DEPTH_EXCHANGES = LaneKey.of("market depth exchanges", InMessage.MKT_DEPTH_EXCHANGES);

    private ContractsRequests() {}

    /**
     * Contract details, collected from CONTRACT_DATA and BOND_CONTRACT_DATA until CONTRACT_DATA_END.
     * Giving up on the request cancels it at TWS from server version 215, which introduced the cancel.
     */
    static CallSpec<List<ContractDetails>> contractDetails(Contract contract, int serverVersion) {
        requireIdentified(contract);
        boolean cancellable = ServerVersion.CANCEL_CONTRACT_DATA.isSupportedAt(serverVersion);
        return CallSpec.<List<ContractDetails>>byRequestId("contract details of " + contract.describe(),
                        OutMessage.REQ_CONTRACT_DATA, id -> ContractsCodec.contractDataRequest(id, contract))
                .cancel(OutMessage.CANCEL_CONTRACT_DATA, id -> cancellable ? ContractsCodec.cancelContractData(id) : null)
                .collect(ContractsRequests::detailsCollector);
    }

    static CallSpec<List<ContractDescription>> matchingSymbols(String pattern) {
        if (pattern.isBlank()) {
            throw new InvalidRequestException("a symbol search needs a pattern, e.g. the start of a symbol or name");
        }
        return CallSpec.<List<ContractDescription>>byRequestId("symbols matching '" + pattern + "'",
                        OutMessage.REQ_MATCHING_SYMBOLS, id -> ContractsCodec.matchingSymbolsRequest(id, pattern.strip()))
                .single(InMessage.SYMBOL_SAMPLES, SymbolSamples.class, ContractsCodec::descriptions);
    }

    /** The option chains of an underlying whose conId is known; options on futures name the futures' exchange. */
    static CallSpec<List<OptionChain>> optionChain(Contract underlying) {
        if (underlying.conId() <= 0 || underlying.symbol().isEmpty()) {
            throw new InvalidRequestException("an option chain needs the underlying's symbol and conId; got " + underlying.describe());
        }
        String futFopExchange = underlying.securityType() == SecurityType.FUTURE ? underlying.exchange() : "";
        return CallSpec.<List<OptionChain>>byRequestId("option chain of " + underlying.describe(),
                        OutMessage.REQ_SEC_DEF_OPT_PARAMS, id -> ContractsCodec.secDefOptParamsRequest(id, underlying.symbol(),
                                futFopExchange, underlying.secType(), underlying.conId()))
                .collect(Replies.list(InMessage.SECURITY_DEFINITION_OPTION_PARAMETER, SecDefOptParameter.class,
                        ContractsCodec::optionChain, InMessage.SECURITY_DEFINITION_OPTION_PARAMETER_END));
    }

    static CallSpec<MarketRule> marketRule(int ruleId) {
        if (ruleId <= 0) {
            throw new InvalidRequestException("market rule ids are positive, not " + ruleId);
        }
        return CallSpec.<MarketRule>shared("market rule " + ruleId, MARKET_RULE, OutMessage.REQ_MARKET_RULE,
                        ContractsCodec.marketRuleRequest(ruleId))
                .collect(() -> ruleCollector(ruleId));
    }

    static CallSpec<List<SmartComponent>> smartComponents(String bboExchange) {
        if (bboExchange.isBlank()) {
            throw new InvalidRequestException("SMART components need a BBO exchange code, as market data's tick parameters give it");
        }
        return CallSpec.<List<SmartComponent>>byRequestId("SMART components of " + bboExchange, OutMessage.REQ_SMART_COMPONENTS,
                        id -> ContractsCodec.smartComponentsRequest(id, bboExchange.strip()))
                .single(InMessage.SMART_COMPONENTS, SmartComponents.class, ContractsCodec::smartComponents);
    }

    static CallSpec<List<DepthExchange>> marketDepthExchanges() {
        return CallSpec.<List<DepthExchange>>shared("market depth exchanges", DEPTH_EXCHANGES,
                        OutMessage.REQ_MKT_DEPTH_EXCHANGES, ContractsCodec.marketDepthExchangesRequest())
                .single(InMessage.MKT_DEPTH_EXCHANGES, MarketDepthExchanges.class, ContractsCodec::depthExchanges);
    }

    static CallSpec<OptionComputation> optionPrice(Contract option, double volatility, double underlyingPrice) {
        requireOption(option);
        requirePositive(volatility, "volatility");
        requirePositive(underlyingPrice, "underlying price");
        return CallSpec.<OptionComputation>byRequestId("option price of " + option.describe(), OutMessage.REQ_CALC_OPTION_PRICE,
                        id -> OptionCalculationCodec.optionPriceRequest(id, option, volatility, underlyingPrice))
                .cancel(OutMessage.CANCEL_CALC_OPTION_PRICE, OptionCalculationCodec::cancelOptionPrice)
                .single(InMessage.TICK_OPTION_COMPUTATION, OptionComputationTick.class, OptionComputationTick::computation);
    }

    static CallSpec<OptionComputation> impliedVolatility(Contract option, double optionPrice, double underlyingPrice) {
        requireOption(option);
        requirePositive(optionPrice, "option price");
        requirePositive(underlyingPrice, "underlying price");
        return CallSpec.<OptionComputation>byRequestId("implied volatility of " + option.describe(),
                        OutMessage.REQ_CALC_IMPLIED_VOLAT,
                        id -> OptionCalculationCodec.impliedVolatilityRequest(id, option, optionPrice, underlyingPrice))
                .cancel(OutMessage.CANCEL_CALC_IMPLIED_VOLAT, OptionCalculationCodec::cancelImpliedVolatility)
                .single(InMessage.TICK_OPTION_COMPUTATION, OptionComputationTick.class, OptionComputationTick::computation);
    }

    /** Checks that a contract identifies something TWS can look up. */
    static void requireIdentified(Contract contract) {
        if (!contract.isIdentified()) {
            throw new InvalidRequestException("the contract identifies nothing: give it a conId, a symbol, a local symbol "
                    + "or a security id (" + contract + ")");
        }
    }

    private static void requireOption(Contract option) {
        SecurityType type = option.securityType();
        if (type != SecurityType.OPTION && type != SecurityType.FUTURE_OPTION && option.conId() == 0) {
            throw new InvalidRequestException("option calculations need an option (OPT or FOP) or its conId; got "
                    + option.describe());
        }
        requireIdentified(option);
    }

    private static void requirePositive(double value, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new InvalidRequestException("the " + name + " must be a positive number, not " + value);
        }
    }

    private static Collector<List<ContractDetails>> detailsCollector() {
        return new Collector<>() {
            private final List<ContractDetails> details = new ArrayList<>();

            @Override
            public boolean accept(InMessage type, Object message) {
                if (type == InMessage.CONTRACT_DATA || type == InMessage.BOND_CONTRACT_DATA) {
                    details.add(ContractsCodec.details((ContractData) message));
                    return false;
                }
                return type == InMessage.CONTRACT_DATA_END;
            }

            @Override
            public List<ContractDetails> result() {
                return List.copyOf(details);
            }
        };
    }

    private static Collector<MarketRule> ruleCollector(int ruleId) {
        Supplier<Collector<MarketRule>> single = Replies.single(InMessage.MARKET_RULE, ContractsProto.MarketRule.class,
                ContractsCodec::marketRule);
        Collector<MarketRule> delegate = single.get();
        return new Collector<>() {
            @Override
            public boolean accept(InMessage type, Object message) {
                // A rule someone else asked for (another client library on this connection) is not our answer.
                return ((ContractsProto.MarketRule) message).getMarketRuleId() == ruleId && delegate.accept(type, message);
            }

            @Override
            public MarketRule result() {
                return delegate.result();
            }
        };
    }
}
