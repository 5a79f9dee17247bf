package io.tws4j.client.contracts;

import io.tws4j.client.InvalidRequestException;
import io.tws4j.contracts.Contract;
import io.tws4j.contracts.ContractDetails;
import io.tws4j.contracts.Expirations;
import io.tws4j.contracts.FuturesBuilder;
import io.tws4j.contracts.SecurityType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks the front month or the next quarterly contract from the futures TWS lists. TWS lists only
 * contracts that have not expired, so the front month is the earliest listed one, and the next
 * quarter the earliest listed in March, June, September or December.
 */
final class FuturesResolution {

    private FuturesResolution() {}

    /** Returns the contract to ask TWS for every listed month of the future. */
    static Contract allMonths(FuturesBuilder futures) {
        return futures.buildAnyMonth();
    }

    static Contract frontMonth(FuturesBuilder futures, List<ContractDetails> listed) {
        return earliest(futures, listed, false);
    }

    static Contract nextQuarter(FuturesBuilder futures, List<ContractDetails> listed) {
        return earliest(futures, listed, true);
    }

    private static Contract earliest(FuturesBuilder futures, List<ContractDetails> listed, boolean quarterly) {
        Optional<Contract> pick = listed.stream()
                .map(ContractDetails::contract)
                .filter(contract -> contract.securityType() == SecurityType.FUTURE)
                .filter(contract -> contract.contractMonth().isPresent())
                .filter(contract -> !quarterly || Expirations.isQuarterly(contract.contractMonth().orElseThrow()))
                .min(Comparator.comparing((Contract contract) -> contract.contractMonth().orElseThrow())
                        .thenComparing(Contract::lastTradeDateOrContractMonth));
        return pick.orElseThrow(() -> new InvalidRequestException("TWS lists no " + (quarterly ? "quarterly " : "")
                + "contract of futures " + futures.symbol() + " (" + listed.size() + " listed)"));
    }
}
