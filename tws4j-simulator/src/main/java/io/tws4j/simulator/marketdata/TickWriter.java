package io.tws4j.simulator.marketdata;

import io.tws4j.contracts.MarketRule;
import io.tws4j.marketdata.GenericTick;
import io.tws4j.marketdata.MarketDataType;
import io.tws4j.marketdata.MarketDataTypeTick;
import io.tws4j.marketdata.OptionComputationTick;
import io.tws4j.marketdata.PriceTick;
import io.tws4j.marketdata.RequestParametersTick;
import io.tws4j.marketdata.SizeTick;
import io.tws4j.marketdata.StringTick;
import io.tws4j.marketdata.TickAttributes;
import io.tws4j.marketdata.TickType;
import io.tws4j.marketdata.codec.MarketDataCodec;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.market.Rounding;
import java.math.BigDecimal;

/**
 * Writes one market data request's ticks to its client, buffered until {@link #flush()}: with the
 * delayed tick types when the data is delayed, as TWS sends them. Prices go out on the
 * instrument's tick (midpoints and marks on half a tick), generic values as model values
 * ({@link Rounding}).
 */
final class TickWriter {
    /** TWS marks quotes it may auto-execute against; the simulator's are all executable. */
    private static final TickAttributes CAN_AUTO_EXECUTE = TickAttributes.of(1);
    private static final TickAttributes NONE = TickAttributes.of(0);

    private final ClientSession session;
    private final int requestId;
    private final boolean delayed;
    private final MarketRule rule;

    TickWriter(ClientSession session, int requestId, boolean delayed, MarketRule rule) {
        this.session = session;
        this.requestId = requestId;
        this.delayed = delayed;
        this.rule = rule;
    }

    int requestId() {
        return requestId;
    }

    void parameters(RequestParametersTick parameters) {
        session.sendBuffered(InMessage.TICK_REQ_PARAMS, MarketDataCodec.requestParameters(parameters));
    }

    void marketDataType(MarketDataType type) {
        session.sendBuffered(InMessage.MARKET_DATA_TYPE, MarketDataCodec.marketDataType(new MarketDataTypeTick(requestId, type)));
    }

    /** A bid or ask (executable) or any other price; {@code size} may be null for prices without one. */
    void price(TickType type, double price, BigDecimal size) {
        TickAttributes attributes = type == TickType.BID || type == TickType.ASK ? CAN_AUTO_EXECUTE : NONE;
        session.sendBuffered(InMessage.TICK_PRICE, MarketDataCodec.tickPrice(new PriceTick(requestId, map(type),
                Rounding.midpoint(price, rule), size, price < 0 ? NONE : attributes)));
    }

    void size(TickType type, BigDecimal size) {
        session.sendBuffered(InMessage.TICK_SIZE, MarketDataCodec.tickSize(new SizeTick(requestId, map(type), size)));
    }

    void generic(TickType type, double value) {
        session.sendBuffered(InMessage.TICK_GENERIC, MarketDataCodec.tickGeneric(new GenericTick(requestId, map(type),
                Rounding.modelValue(value))));
    }

    void string(TickType type, String value) {
        session.sendBuffered(InMessage.TICK_STRING, MarketDataCodec.tickString(new StringTick(requestId, map(type), value)));
    }

    void optionComputation(OptionComputationTick computation) {
        OptionComputationTick typed = delayed ? new OptionComputationTick(requestId, computation.type().delayed(),
                computation.priceBased(), computation.impliedVolatility(), computation.delta(), computation.optionPrice(),
                computation.pvDividend(), computation.gamma(), computation.vega(), computation.theta(),
                computation.underlyingPrice()) : computation;
        session.sendBuffered(InMessage.TICK_OPTION_COMPUTATION, MarketDataCodec.tickOptionComputation(typed));
    }

    void snapshotEnd() {
        session.sendBuffered(InMessage.TICK_SNAPSHOT_END, MarketDataCodec.snapshotEnd(requestId));
    }

    void flush() {
        session.flush();
    }

    private TickType map(TickType type) {
        return delayed ? type.delayed() : type;
    }
}
