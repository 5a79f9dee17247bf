package io.tws4j.client.contracts;

import io.tws4j.client.InvalidRequestException;
import io.tws4j.client.core.CallSpec;
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
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** The implementation behind {@link AsyncContractsApi}; clients create it, users get it from a client. */
public final class RealAsyncContractsApi implements AsyncContractsApi {
    private final Core core;

    public RealAsyncContractsApi(Core core) {
        this.core = core;
    }

    @Override
    public CompletableFuture<List<ContractDetails>> contractDetails(Contract contract) {
        return call(() -> ContractsRequests.contractDetails(contract, core.info().serverVersion()));
    }

    @Override
    public CompletableFuture<List<ContractDescription>> matchingSymbols(String pattern) {
        return call(() -> ContractsRequests.matchingSymbols(pattern));
    }

    @Override
    public CompletableFuture<List<OptionChain>> optionChain(Contract underlying) {
        if (underlying.conId() > 0) {
            return call(() -> ContractsRequests.optionChain(underlying));
        }
        return contractDetails(underlying).thenCompose(found -> {
            try {
                return core.call(ContractsRequests.optionChain(UnderlyingResolution.single(underlying, found)));
            } catch (InvalidRequestException e) {
                return CompletableFuture.failedFuture(e);
            }
        });
    }

    @Override
    public CompletableFuture<MarketRule> marketRule(int ruleId) {
        return call(() -> ContractsRequests.marketRule(ruleId));
    }

    @Override
    public CompletableFuture<List<SmartComponent>> smartComponents(String bboExchange) {
        return call(() -> ContractsRequests.smartComponents(bboExchange));
    }

    @Override
    public CompletableFuture<List<DepthExchange>> marketDepthExchanges() {
        return call(ContractsRequests::marketDepthExchanges);
    }

    @Override
    public CompletableFuture<OptionComputation> calculateOptionPrice(Contract option, double volatility,
                                                                     double underlyingPrice) {
        return call(() -> ContractsRequests.optionPrice(option, volatility, underlyingPrice));
    }

    @Override
    public CompletableFuture<OptionComputation> calculateImpliedVolatility(Contract option, double optionPrice,
                                                                           double underlyingPrice) {
        return call(() -> ContractsRequests.impliedVolatility(option, optionPrice, underlyingPrice));
    }

    @Override
    public CompletableFuture<Contract> frontMonth(FuturesBuilder futures) {
        return contractDetails(FuturesResolution.allMonths(futures))
                .thenApply(listed -> FuturesResolution.frontMonth(futures, listed));
    }

    @Override
    public CompletableFuture<Contract> nextQuarter(FuturesBuilder futures) {
        return contractDetails(FuturesResolution.allMonths(futures))
                .thenApply(listed -> FuturesResolution.nextQuarter(futures, listed));
    }

    /** Sends the request the spec describes, or fails at once when the spec's checks refuse it. */
    private <R> CompletableFuture<R> call(Supplier<CallSpec<R>> spec) {
        CallSpec<R> checked;
        try {
            checked = spec.get();
        } catch (InvalidRequestException e) {
            return CompletableFuture.failedFuture(e);
        }
        return core.call(checked);
    }
}
