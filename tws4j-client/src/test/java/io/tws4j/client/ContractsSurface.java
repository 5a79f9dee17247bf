package io.tws4j.client;

import io.tws4j.client.contracts.AsyncContractsApi;
import io.tws4j.client.contracts.ContractsApi;
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
import java.util.function.Function;

/**
 * The two surfaces a scenario runs through: the blocking client itself, or its async view waited
 * on here (each future's failure rethrown as the exception the caller would see), so that one
 * scenario checks both.
 */
enum ContractsSurface {
    BLOCKING(client -> client),
    ASYNC(client -> new AwaitingContracts(client.async()));

    private final Function<TwsClient, ContractsApi> view;

    ContractsSurface(Function<TwsClient, ContractsApi> view) {
        this.view = view;
    }

    ContractsApi contracts(TwsClient client) {
        return view.apply(client);
    }

    /** Waits for the async surface's futures, so that its answers can be checked like the blocking ones. */
    private record AwaitingContracts(AsyncContractsApi async) implements ContractsApi {

        @Override
        public List<ContractDetails> contractDetails(Contract contract) {
            return Futures.await(async.contractDetails(contract));
        }

        @Override
        public List<ContractDescription> matchingSymbols(String pattern) {
            return Futures.await(async.matchingSymbols(pattern));
        }

        @Override
        public List<OptionChain> optionChain(Contract underlying) {
            return Futures.await(async.optionChain(underlying));
        }

        @Override
        public MarketRule marketRule(int ruleId) {
            return Futures.await(async.marketRule(ruleId));
        }

        @Override
        public List<SmartComponent> smartComponents(String bboExchange) {
            return Futures.await(async.smartComponents(bboExchange));
        }

        @Override
        public List<DepthExchange> marketDepthExchanges() {
            return Futures.await(async.marketDepthExchanges());
        }

        @Override
        public OptionComputation calculateOptionPrice(Contract option, double volatility, double underlyingPrice) {
            return Futures.await(async.calculateOptionPrice(option, volatility, underlyingPrice));
        }

        @Override
        public OptionComputation calculateImpliedVolatility(Contract option, double optionPrice, double underlyingPrice) {
            return Futures.await(async.calculateImpliedVolatility(option, optionPrice, underlyingPrice));
        }

        @Override
        public Contract frontMonth(FuturesBuilder futures) {
            return Futures.await(async.frontMonth(futures));
        }

        @Override
        public Contract nextQuarter(FuturesBuilder futures) {
            return Futures.await(async.nextQuarter(futures));
        }
    }
}
