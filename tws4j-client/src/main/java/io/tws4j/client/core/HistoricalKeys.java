package io.tws4j.client.core;

import com.google.protobuf.MessageLite;
import io.tws4j.client.PacingRules;
import io.tws4j.historical.BarSize;
import io.tws4j.protocol.proto.ContractsProto.Contract;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalDataRequest;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTicksRequest;
import io.tws4j.protocol.wire.OutMessage;

/**
 * Which requests TWS's historical pacing rules apply to, and what they see of each: bars of the
 * rules' largest paced size or less (TWS lifted the rules for larger bars) and historical ticks
 * (paced like small bars; the simulated gateway does the same). Trading schedules are not paced.
 * The contract is known by its conId when it has one, else by what describes it, so that two
 * descriptions of one instrument are paced apart (inferred: TWS resolves them first).
 */
final class HistoricalKeys {
    private static final String BID_ASK = "BID_ASK";
    private static final String SCHEDULE = "SCHEDULE";

    private HistoricalKeys() {}

    /** Returns whether the rules may apply to a message of this kind (its body decides). */
    static boolean mayApply(OutMessage message) {
        return message == OutMessage.REQ_HISTORICAL_DATA || message == OutMessage.REQ_HISTORICAL_TICKS;
    }

    /** Returns the request's key, or null if the rules do not apply to it. */
    static HistoricalKey of(OutMessage message, MessageLite body, PacingRules.Historical rules) {
        if (!rules.enabled()) {
            return null;
        }
        if (message == OutMessage.REQ_HISTORICAL_DATA && body instanceof HistoricalDataRequest bars) {
            if (SCHEDULE.equals(bars.getWhatToShow())) {
                return null;
            }
            BarSize size = BarSize.fromWire(bars.getBarSizeSetting()).orElse(null);
            if (size == null || size.compareTo(rules.largestPacedBarSize()) > 0) {
                return null;
            }
            return key(bars.toBuilder().clearReqId().build().toByteString(), bars.getContract(), bars.getWhatToShow());
        }
        if (message == OutMessage.REQ_HISTORICAL_TICKS && body instanceof HistoricalTicksRequest ticks) {
            return key(ticks.toBuilder().clearReqId().build().toByteString(), ticks.getContract(), ticks.getWhatToShow());
        }
        return null;
    }

    private static HistoricalKey key(Object identical, Contract contract, String series) {
        String instrument = contract.getConId() != 0 ? "conId " + contract.getConId()
                : contract.toBuilder().clearExchange().clearPrimaryExch().build().toString().replace('\n', ' ');
        return new HistoricalKey(identical, instrument + "@" + contract.getExchange() + ":" + series,
                BID_ASK.equals(series) ? 2 : 1);
    }
}
