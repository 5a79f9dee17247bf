package io.tws4j.client.contracts;

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

/**
 * Contracts and reference data, asynchronous: the requests of {@link ContractsApi}, each
 * returning a future that completes (never on the connection's reader thread) with the answer or
 * with the {@link io.tws4j.client.TwsException} the blocking method would throw. Local validation
 * failures come back as failed futures; nothing is sent for them.
 */
public interface AsyncContractsApi {

    /**
     * Returns the details of every contract {@code contract} describes. Cancelling the future
     * cancels the request at TWS (from server version 215; older gateways have no cancel).
     *
     * {@snippet :
     * client.async().contractDetails(Contract.stock("AAPL").build())
     *         .thenAccept(details -> System.out.println(details.getFirst().longName()));
     * }
     */
    CompletableFuture<List<ContractDetails>> contractDetails(Contract contract);

    /**
     * Returns the stocks whose symbol or name matches {@code pattern}.
     *
     * {@snippet :
     * client.async().matchingSymbols("app").thenAccept(found -> found.forEach(System.out::println));
     * }
     */
    CompletableFuture<List<ContractDescription>> matchingSymbols(String pattern);

    /**
     * Returns the option chains of an underlying, one per exchange.
     *
     * {@snippet :
     * client.async().optionChain(Contract.stock("AAPL").build()).thenAccept(chains -> chains.forEach(System.out::println));
     * }
     */
    CompletableFuture<List<OptionChain>> optionChain(Contract underlying);

    /**
     * Returns a market rule.
     *
     * {@snippet :
     * client.async().marketRule(26).thenAccept(rule -> System.out.println(rule.incrementAt(100)));
     * }
     */
    CompletableFuture<MarketRule> marketRule(int ruleId);

    /**
     * Returns the exchanges behind a SMART quote.
     *
     * {@snippet :
     * client.async().smartComponents("a6").thenAccept(components -> System.out.println(components.size()));
     * }
     */
    CompletableFuture<List<SmartComponent>> smartComponents(String bboExchange);

    /**
     * Returns the exchanges that offer market depth.
     *
     * {@snippet :
     * client.async().marketDepthExchanges().thenAccept(exchanges -> System.out.println(exchanges.size()));
     * }
     */
    CompletableFuture<List<DepthExchange>> marketDepthExchanges();

    /**
     * Returns an option's price and greeks at a volatility and an underlying price; cancelling the
     * future cancels the calculation at TWS.
     *
     * {@snippet :
     * client.async().calculateOptionPrice(call, 0.25, 230.0).thenAccept(values -> System.out.println(values.delta()));
     * }
     */
    CompletableFuture<OptionComputation> calculateOptionPrice(Contract option, double volatility, double underlyingPrice);

    /**
     * Returns the implied volatility of an option price; cancelling the future cancels the
     * calculation at TWS.
     *
     * {@snippet :
     * client.async().calculateImpliedVolatility(call, 7.5, 230.0).thenAccept(v -> System.out.println(v.impliedVolatility()));
     * }
     */
    CompletableFuture<OptionComputation> calculateImpliedVolatility(Contract option, double optionPrice,
                                                                    double underlyingPrice);

    /**
     * Returns the front-month contract of a future, picked from the contracts TWS lists.
     *
     * {@snippet :
     * client.async().frontMonth(Contract.futures("ES")).thenAccept(es -> System.out.println(es.localSymbol()));
     * }
     */
    CompletableFuture<Contract> frontMonth(FuturesBuilder futures);

    /**
     * Returns the next quarterly contract of a future, picked from the contracts TWS lists.
     *
     * {@snippet :
     * client.async().nextQuarter(Contract.futures("NQ")).thenAccept(nq -> System.out.println(nq.localSymbol()));
     * }
     */
    CompletableFuture<Contract> nextQuarter(FuturesBuilder futures);
}
