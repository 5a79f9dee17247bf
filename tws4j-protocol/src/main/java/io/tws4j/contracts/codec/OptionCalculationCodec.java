package io.tws4j.contracts.codec;

import io.tws4j.contracts.Contract;
import io.tws4j.contracts.OptionComputation;
import io.tws4j.marketdata.TickType;
import io.tws4j.protocol.proto.ContractsProto.CalculateImpliedVolatilityRequest;
import io.tws4j.protocol.proto.ContractsProto.CalculateOptionPriceRequest;
import io.tws4j.protocol.proto.ContractsProto.CancelCalculateImpliedVolatility;
import io.tws4j.protocol.proto.ContractsProto.CancelCalculateOptionPrice;
import io.tws4j.protocol.proto.MarketDataProto.TickOptionComputation;
import java.util.OptionalDouble;
import java.util.function.DoublePredicate;

/**
 * Both directions of the option calculations and of TICK_OPTION_COMPUTATION. TWS marks a value
 * it did not compute with a sentinel (PROTOCOL.md §2.3): an implied volatility below 0, an
 * option price, dividend or underlying price of -1, a greek of -2. Such values, and absent ones,
 * decode to empty; empty values encode to the sentinel, as TWS writes them.
 */
public final class OptionCalculationCodec {
    private static final double NOT_COMPUTED_PRICE = -1;
    private static final double NOT_COMPUTED_GREEK = -2;

    private OptionCalculationCodec() {}

    /** Encodes a request for an option's price at a volatility and an underlying price. */
    public static CalculateOptionPriceRequest optionPriceRequest(int requestId, Contract option, double volatility,
                                                                 double underlyingPrice) {
        return CalculateOptionPriceRequest.newBuilder()
                .setReqId(requestId)
                .setContract(ContractsCodec.contract(option))
                .setVolatility(volatility)
                .setUnderPrice(underlyingPrice)
                .build();
    }

    /** Encodes a request for an option's implied volatility at a price and an underlying price. */
    public static CalculateImpliedVolatilityRequest impliedVolatilityRequest(int requestId, Contract option,
                                                                             double optionPrice, double underlyingPrice) {
        return CalculateImpliedVolatilityRequest.newBuilder()
                .setReqId(requestId)
                .setContract(ContractsCodec.contract(option))
                .setOptionPrice(optionPrice)
                .setUnderPrice(underlyingPrice)
                .build();
    }

    public static CancelCalculateOptionPrice cancelOptionPrice(int requestId) {
        return CancelCalculateOptionPrice.newBuilder().setReqId(requestId).build();
    }

    public static CancelCalculateImpliedVolatility cancelImpliedVolatility(int requestId) {
        return CancelCalculateImpliedVolatility.newBuilder().setReqId(requestId).build();
    }

    /** Encodes option computation values, writing TWS's sentinels for values not computed. */
    public static TickOptionComputation tickOptionComputation(int requestId, OptionComputation values) {
        TickOptionComputation.Builder message = TickOptionComputation.newBuilder()
                .setReqId(requestId)
                .setTickType(values.tickType().id())
                .setImpliedVol(values.impliedVolatility().orElse(NOT_COMPUTED_PRICE))
                .setDelta(values.delta().orElse(NOT_COMPUTED_GREEK))
                .setOptPrice(values.optionPrice().orElse(NOT_COMPUTED_PRICE))
                .setPvDividend(values.pvDividend().orElse(NOT_COMPUTED_PRICE))
                .setGamma(values.gamma().orElse(NOT_COMPUTED_GREEK))
                .setVega(values.vega().orElse(NOT_COMPUTED_GREEK))
                .setTheta(values.theta().orElse(NOT_COMPUTED_GREEK))
                .setUndPrice(values.underlyingPrice().orElse(NOT_COMPUTED_PRICE));
        if (values.priceBased()) {
            message.setTickAttrib(1);
        }
        return message.build();
    }

    /** Decodes option computation values; sentinels and absent fields become empty. */
    public static OptionComputation optionComputation(TickOptionComputation message) {
        return new OptionComputation(TickType.of(message.getTickType()), message.getTickAttrib() == 1,
                value(message.hasImpliedVol(), message.getImpliedVol(), v -> v < 0),
                greek(message.hasDelta(), message.getDelta()),
                value(message.hasOptPrice(), message.getOptPrice(), v -> v == NOT_COMPUTED_PRICE),
                value(message.hasPvDividend(), message.getPvDividend(), v -> v == NOT_COMPUTED_PRICE),
                greek(message.hasGamma(), message.getGamma()),
                greek(message.hasVega(), message.getVega()),
                greek(message.hasTheta(), message.getTheta()),
                value(message.hasUndPrice(), message.getUndPrice(), v -> v == NOT_COMPUTED_PRICE));
    }

    private static OptionalDouble greek(boolean present, double value) {
        return value(present, value, v -> v == NOT_COMPUTED_GREEK);
    }

    private static OptionalDouble value(boolean present, double value, DoublePredicate notComputed) {
        // Older gateways also used Double.MAX_VALUE for "unset"; it is never a computed value.
        if (!present || notComputed.test(value) || value == Double.MAX_VALUE || Double.isNaN(value)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(value);
    }
}
