package io.tws4j.client.contracts;

import io.tws4j.client.core.Blocking;
import io.tws4j.client.core.Core;
import io.tws4j.contracts.Contract;
import io.tws4j.contracts.ContractDescription;
import io.tws4j.contracts.ContractDetails;
import io.tws4j.contracts.DepthExchange;
import io.tws4j.contracts.FuturesBuilder;
import io.tws4j.contracts.MarketRule;
import io.tws4j.contracts.OptionChain;
import io.tws4j.contracts.OptionComputation;
import io.tws4j.contracts.SmartComponent;
import java.util.List;

/** The implementation behind {@link ContractsApi}; clients create it, users get it from a client. */
public final class RealContractsApi implements ContractsApi {
    private final Core core;

    public RealContractsApi(Core core) {
        this.core = core;
    }

    @Override
    public List<ContractDetails> contractDetails(Contract contract) {
        return Blocking.await(core.call(ContractsRequests.contractDetails(contract, core.info().serverVersion())),
                "contract details of " + contract.describe());
    }

    @Override
    public List<ContractDescription> matchingSymbols(String pattern) {
        return Blocking.await(core.call(ContractsRequests.matchingSymbols(pattern)), "symbols matching '" + pattern + "'");
    }

    @Override
    public List<OptionChain> optionChain(Contract underlying) {
        Contract resolved = underlying.conId() > 0 ? underlying
                : UnderlyingResolution.single(underlying, contractDetails(underlying));
        return Blocking.await(core.call(ContractsRequests.optionChain(resolved)), "option chain of " + resolved.describe());
    }

    @Override
    public MarketRule marketRule(int ruleId) {
        return Blocking.await(core.call(ContractsRequests.marketRule(ruleId)), "market rule " + ruleId);
    }

    @Override
    public List<SmartComponent> smartComponents(String bboExchange) {
        return Blocking.await(core.call(ContractsRequests.smartComponents(bboExchange)), "SMART components of " + bboExchange);
    }

    @Override
    public List<DepthExchange> marketDepthExchanges() {
        return Blocking.await(core.call(ContractsRequests.marketDepthExchanges()), "market depth exchanges");
    }

    @Override
    public OptionComputation calculateOptionPrice(Contract option, double volatility, double underlyingPrice) {
        return Blocking.await(core.call(ContractsRequests.optionPrice(option, volatility, underlyingPrice)),
                "option price of " + option.describe());
    }

    @Override
    public OptionComputation calculateImpliedVolatility(Contract option, double optionPrice, double underlyingPrice) {
        return Blocking.await(core.call(ContractsRequests.impliedVolatility(option, optionPrice, underlyingPrice)),
                "implied volatility of " + option.describe());
    }

    @Override
    public Contract frontMonth(FuturesBuilder futures) {
        return FuturesResolution.frontMonth(futures, contractDetails(FuturesResolution.allMonths(futures)));
    }

    @Override
    public Contract nextQuarter(FuturesBuilder futures) {
        return FuturesResolution.nextQuarter(futures, contractDetails(FuturesResolution.allMonths(futures)));
    }
}
