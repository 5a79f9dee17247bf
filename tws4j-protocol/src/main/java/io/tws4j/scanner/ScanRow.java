package io.tws4j.scanner;

import io.tws4j.contracts.Contract;
import io.tws4j.contracts.ContractDetails;
import java.util.Objects;

/**
 * One row of a scan: a contract and its place in the ranking. TWS sends no market data with a
 * scan; request it separately for the contracts of interest. Distance, benchmark and projection
 * are filled by TWS for bond and combo scans only, as text.
 *
 * @param rank the place in the ranking, from 0 for the first
 * @param contract the contract, with its conId
 * @param marketName the market name, e.g. {@code NMS}
 * @param distance the distance, or empty
 * @param benchmark the benchmark, or empty
 * @param projection the projection, or empty
 * @param comboKey the legs of a combo, or empty
 */
public record ScanRow(int rank, Contract contract, String marketName, String distance, String benchmark,
                      String projection, String comboKey) {

    public ScanRow {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(marketName, "marketName");
        Objects.requireNonNull(distance, "distance");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(comboKey, "comboKey");
    }

    /**
     * Returns the row's contract as contract details, as IB's own client hands them to scanner
     * callbacks: the contract and its market name, nothing else set.
     */
    public ContractDetails contractDetails() {
        return ContractDetails.builder(contract).marketName(marketName).build();
    }

    /** Returns a row with a contract and its rank only, as stock scans return them. */
    public static ScanRow of(int rank, Contract contract, String marketName) {
        return new ScanRow(rank, contract, marketName, "", "", "", "");
    }
}
