package io.tws4j.simulator.contracts;

import io.tws4j.connection.ErrorCodes;
import io.tws4j.contracts.Contract;
import io.tws4j.contracts.MarketRule;
import io.tws4j.contracts.OptionComputation;
import io.tws4j.contracts.SecurityType;
import io.tws4j.contracts.codec.ContractsCodec;
import io.tws4j.contracts.codec.OptionCalculationCodec;
import io.tws4j.marketdata.TickType;
import io.tws4j.protocol.proto.ContractsProto.CalculateImpliedVolatilityRequest;
import io.tws4j.protocol.proto.ContractsProto.CalculateOptionPriceRequest;
import io.tws4j.protocol.proto.ContractsProto.CancelCalculateImpliedVolatility;
import io.tws4j.protocol.proto.ContractsProto.CancelCalculateOptionPrice;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.core.GatewayEngine;
import io.tws4j.simulator.market.BlackScholes;
import io.tws4j.simulator.market.MarketModel;
import io.tws4j.simulator.market.MarketProfile;
import io.tws4j.simulator.market.OptionTerms;
import io.tws4j.simulator.market.Rounding;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Answers the option price and implied volatility calculations with one TICK_OPTION_COMPUTATION
 * of tick type 53 (custom option computation), computed by Black-Scholes at the gateway's now
 * from the given inputs and the option's terms. A volatility that no price explains is sent as
 * "not computed".
 */
final class OptionCalculationsHandler {
    private final GatewayEngine engine;
    private final ContractMatcher matcher;
    private final MarketModel market;

    private OptionCalculationsHandler(GatewayEngine engine, ContractMatcher matcher, MarketModel market) {
        this.engine = engine;
        this.matcher = matcher;
        this.market = market;
    }

    static void install(GatewayEngine engine, ContractMatcher matcher, MarketModel market) {
        OptionCalculationsHandler handler = new OptionCalculationsHandler(engine, matcher, market);
        engine.register(OutMessage.REQ_CALC_OPTION_PRICE, CalculateOptionPriceRequest.class, handler::optionPrice);
        engine.register(OutMessage.REQ_CALC_IMPLIED_VOLAT, CalculateImpliedVolatilityRequest.class, handler::impliedVolatility);
        // The answer goes out at once, so a cancel always comes too late; TWS accepts it silently.
        engine.register(OutMessage.CANCEL_CALC_OPTION_PRICE, CancelCalculateOptionPrice.class, (session, request) -> { });
        engine.register(OutMessage.CANCEL_CALC_IMPLIED_VOLAT, CancelCalculateImpliedVolatility.class, (session, request) -> { });
    }

    private void optionPrice(ClientSession session, CalculateOptionPriceRequest request) {
        Optional<Priced> option = resolve(session, request.getReqId(), ContractsCodec.contract(request.getContract()),
                request.getUnderPrice(), request.getVolatility(), "volatility");
        option.ifPresent(priced -> {
            BlackScholes.Values values = priced.values(request.getVolatility());
            send(session, request.getReqId(), false, OptionalDouble.of(request.getVolatility()), values, priced);
        });
    }

    private void impliedVolatility(ClientSession session, CalculateImpliedVolatilityRequest request) {
        Optional<Priced> option = resolve(session, request.getReqId(), ContractsCodec.contract(request.getContract()),
                request.getUnderPrice(), request.getOptionPrice(), "option price");
        option.ifPresent(priced -> {
            double volatility = BlackScholes.impliedVolatility(priced.terms().right(), request.getOptionPrice(),
                    priced.spot(), priced.terms().strike(), priced.years(), priced.terms().rate(), priced.dividendYield());
            if (Double.isNaN(volatility)) {
                send(session, request.getReqId(), true, OptionalDouble.empty(), null, priced);
                return;
            }
            send(session, request.getReqId(), true, OptionalDouble.of(volatility), priced.values(volatility), priced);
        });
    }

    private Optional<Priced> resolve(ClientSession session, int requestId, Contract contract, double spot, double input,
                                     String inputName) {
        if (!(spot > 0) || !(input > 0)) {
            session.sendError(requestId, ErrorCodes.REQUEST_VALIDATION_FAILED, "Error validating request.-'calc option' : "
                    + "cause - the underlying price and the " + inputName + " must be positive");
            return Optional.empty();
        }
        List<Instrument> found = matcher.matches(contract, ContractsHandler.today(engine)).stream()
                .filter(i -> i.securityType() == SecurityType.OPTION).toList();
        if (found.size() != 1) {
            // Inferred: TWS names an ambiguous description with error 200 as well.
            session.sendError(requestId, ErrorCodes.NO_SECURITY_DEFINITION, found.isEmpty()
                    ? "No security definition has been found for the request"
                    : "The contract description specified for " + contract.symbol() + " is ambiguous");
            return Optional.empty();
        }
        OptionTerms terms = found.getFirst().option().orElseThrow();
        MarketProfile underlying = market.market(terms.underlyingConId()).orElseThrow().profile();
        return Optional.of(new Priced(terms, spot, terms.yearsToExpiry(engine.now()), underlying.dividendYield(),
                underlying.priceRule()));
    }

    /**
     * Sends the computation, rounded for the wire; {@code priceBased} marks values derived from an
     * option price (the implied volatility).
     */
    private static void send(ClientSession session, int requestId, boolean priceBased, OptionalDouble volatility,
                             BlackScholes.Values values, Priced priced) {
        double spot = priced.spot();
        OptionComputation computation = values == null
                ? new OptionComputation(TickType.CUST_OPTION_COMPUTATION, priceBased, OptionalDouble.empty(), OptionalDouble.empty(),
                        OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                        OptionalDouble.empty(), OptionalDouble.of(spot))
                : new OptionComputation(TickType.CUST_OPTION_COMPUTATION, priceBased, volatility,
                        OptionalDouble.of(values.delta()), OptionalDouble.of(values.price()),
                        OptionalDouble.of(values.pvDividend()), OptionalDouble.of(values.gamma()),
                        OptionalDouble.of(values.vega()), OptionalDouble.of(values.theta()), OptionalDouble.of(spot));
        session.send(InMessage.TICK_OPTION_COMPUTATION, OptionCalculationCodec.tickOptionComputation(requestId,
                Rounding.computation(computation, priced.underlyingRule())));
    }

    /** An option with the inputs of one calculation. */
    private record Priced(OptionTerms terms, double spot, double years, double dividendYield, MarketRule underlyingRule) {
        BlackScholes.Values values(double volatility) {
            return BlackScholes.values(terms.right(), spot, terms.strike(), years, terms.rate(), dividendYield, volatility);
        }
    }
}
