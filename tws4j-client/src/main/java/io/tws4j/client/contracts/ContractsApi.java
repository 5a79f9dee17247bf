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

/**
 * Contracts and reference data, blocking: contract details, symbol search, option chains,
 * market rules, SMART components, depth exchanges, option calculations, and futures months
 * picked from TWS's listings. Each method blocks until TWS has answered in full or the request
 * timeout passes; an interrupt cancels the request (at TWS too, where TWS allows it).
 *
 * @see io.tws4j.client.contracts.AsyncContractsApi the same requests, asynchronous
 */
public interface ContractsApi {

    /**
     * Returns the details of every contract {@code contract} describes: one for a full
     * description, several for a partial one (every listed month of a future, every strike of an
     * expiry), in TWS's order.
     *
     * {@snippet :
     * ContractDetails apple = client.contractDetails(Contract.stock("AAPL").build()).getFirst();
     * List<ContractDetails> allEs = client.contractDetails(Contract.futures("ES").anyMonth().build());
     * }
     *
     * @throws io.tws4j.client.RequestRejectedException with code 200 if TWS knows no such contract
     * @throws io.tws4j.client.InvalidRequestException if the contract identifies nothing (no conId, symbol, local symbol or security id); nothing is sent
     * @throws io.tws4j.client.RequestTimeoutException if TWS does not finish answering in time
     */
    List<ContractDetails> contractDetails(Contract contract);

    /**
     * Returns the stocks (and indexes, cryptocurrencies) whose symbol or name matches
     * {@code pattern}, with the kinds of derivatives listed on each; TWS returns at most 16.
     *
     * {@snippet :
     * client.matchingSymbols("app").forEach(found -> System.out.println(found.contract().symbol()));
     * }
     *
     * @throws io.tws4j.client.InvalidRequestException if the pattern is blank; nothing is sent
     */
    List<ContractDescription> matchingSymbols(String pattern);

    /**
     * Returns the option chains of an underlying, one per exchange: expirations and strikes. An
     * underlying without a conId is first looked up with a contract-details request.
     *
     * {@snippet :
     * List<OptionChain> chains = client.optionChain(Contract.stock("AAPL").build());
     * }
     *
     * @throws io.tws4j.client.InvalidRequestException if the underlying is ambiguous; each match would have its own chain
     * @throws io.tws4j.client.RequestRejectedException with code 200 if TWS knows no such underlying
     */
    List<OptionChain> optionChain(Contract underlying);

    /**
     * Returns a market rule: the price increment at each price level. Contract details name the
     * rule of each exchange ({@link ContractDetails#marketRuleIdFor(String)}).
     *
     * {@snippet :
     * MarketRule rule = client.marketRule(details.marketRuleIdFor("SMART").orElseThrow());
     * }
     *
     * @throws io.tws4j.client.InvalidRequestException if the id is not positive; nothing is sent
     * @throws io.tws4j.client.RequestRejectedException if TWS does not know the rule
     */
    MarketRule marketRule(int ruleId);

    /**
     * Returns the exchanges behind a SMART quote, for the BBO exchange code that market data's
     * tick parameters carry.
     *
     * {@snippet :
     * client.smartComponents("a6").forEach(c -> System.out.println(c.exchangeLetter() + " " + c.exchange()));
     * }
     *
     * @throws io.tws4j.client.RequestRejectedException if TWS does not know the code
     */
    List<SmartComponent> smartComponents(String bboExchange);

    /**
     * Returns the exchanges that offer market depth, and how.
     *
     * {@snippet :
     * client.marketDepthExchanges().forEach(e -> System.out.println(e.exchange() + " " + e.serviceDataType()));
     * }
     */
    List<DepthExchange> marketDepthExchanges();

    /**
     * Returns an option's price and greeks at a volatility and an underlying price, computed by TWS.
     *
     * {@snippet :
     * OptionComputation values = client.calculateOptionPrice(call, 0.25, 230.0);
     * double price = values.optionPrice().orElseThrow();
     * }
     *
     * @throws io.tws4j.client.InvalidRequestException if the contract is no option or an input is not positive; nothing is sent
     * @throws io.tws4j.client.RequestRejectedException with code 200 if TWS knows no such option
     */
    OptionComputation calculateOptionPrice(Contract option, double volatility, double underlyingPrice);

    /**
     * Returns the volatility at which an option is worth {@code optionPrice}, with the greeks at
     * that volatility; empty values where TWS could not compute them.
     *
     * {@snippet :
     * double volatility = client.calculateImpliedVolatility(call, 7.5, 230.0).impliedVolatility().orElseThrow();
     * }
     *
     * @throws io.tws4j.client.InvalidRequestException if the contract is no option or an input is not positive; nothing is sent
     * @throws io.tws4j.client.RequestRejectedException with code 200 if TWS knows no such option
     */
    OptionComputation calculateImpliedVolatility(Contract option, double optionPrice, double underlyingPrice);

    /**
     * Returns the front-month contract of a future, picked from the contracts TWS lists (not from
     * the calendar): the earliest that has not expired, fully described with its conId.
     *
     * {@snippet :
     * Contract es = client.frontMonth(Contract.futures("ES"));    // e.g. ESM6, 20260618
     * }
     *
     * @throws io.tws4j.client.RequestRejectedException with code 200 if TWS lists no such future
     */
    Contract frontMonth(FuturesBuilder futures);

    /**
     * Returns the next quarterly contract of a future (March, June, September or December),
     * picked from the contracts TWS lists.
     *
     * {@snippet :
     * Contract cl = client.nextQuarter(Contract.futures("CL"));
     * }
     *
     * @throws io.tws4j.client.InvalidRequestException if TWS lists no quarterly contract of it
     * @throws io.tws4j.client.RequestRejectedException with code 200 if TWS lists no such future
     */
    Contract nextQuarter(FuturesBuilder futures);
}
