package io.tws4j.contracts.codec;

import io.tws4j.contracts.Contract;
import io.tws4j.contracts.OptionComputation;
import io.tws4j.marketdata.OptionComputationTick;
import io.tws4j.marketdata.codec.MarketDataCodec;
import io.tws4j.protocol.proto.ContractsProto.CalculateImpliedVolatilityRequest;
import io.tws4j.protocol.proto.ContractsProto.CalculateOptionPriceRequest;
import io.tws4j.protocol.proto.ContractsProto.CancelCalculateImpliedVolatility;
import io.tws4j.protocol.proto.ContractsProto.CancelCalculateOptionPrice;
import io.tws4j.protocol.proto.MarketDataProto.TickOptionComputation;

/**
 * Both directions of the option calculations. Their answer is a TICK_OPTION_COMPUTATION, whose
 * sentinels for values TWS did not compute {@link MarketDataCodec} reads and writes; here they
 * are empty values.
 */
public final class OptionCalculationCodec {
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
        return MarketDataCodec.tickOptionComputation(OptionComputationTick.of(requestId, values));
    }

    /** Decodes option computation values; sentinels and absent fields become empty. */
    public static OptionComputation optionComputation(TickOptionComputation message) {
        return MarketDataCodec.tickOptionComputation(message).computation();
    }
}
