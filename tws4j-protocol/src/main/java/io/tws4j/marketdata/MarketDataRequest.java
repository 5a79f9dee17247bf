package io.tws4j.marketdata;

import io.tws4j.contracts.Contract;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A market data request ({@code reqMktData}): top-of-book ticks of one contract, streaming or as
 * a snapshot.
 *
 * @param contract the contract
 * @param genericTicks the ids of the optional ticks to add (see {@link GenericTickType}); TWS refuses them for snapshots
 * @param snapshot whether to take one snapshot and stop, rather than stream
 * @param regulatorySnapshot whether the snapshot is a regulatory one (US stocks; IB charges for each)
 * @param options TWS's market data options, normally empty
 */
public record MarketDataRequest(Contract contract, List<Integer> genericTicks, boolean snapshot, boolean regulatorySnapshot,
                                Map<String, String> options) {

    public MarketDataRequest {
        Objects.requireNonNull(contract, "contract");
        genericTicks = List.copyOf(genericTicks);
        options = Map.copyOf(options);
    }

    /** Returns a streaming request of the default ticks. */
    public static MarketDataRequest streaming(Contract contract) {
        return new MarketDataRequest(contract, List.of(), false, false, Map.of());
    }

    /** Returns whether TWS answers it with a snapshot that ends, rather than a stream. */
    public boolean isSnapshot() {
        return snapshot || regulatorySnapshot;
    }
}
