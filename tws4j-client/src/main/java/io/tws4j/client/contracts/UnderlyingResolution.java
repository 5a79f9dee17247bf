package io.tws4j.client.contracts;

import io.tws4j.client.InvalidRequestException;
import io.tws4j.contracts.Contract;
import io.tws4j.contracts.ContractDetails;
import java.util.List;

/** Picks the one contract an underlying's description matched, for requests that need its conId. */
final class UnderlyingResolution {

    private UnderlyingResolution() {}

    /**
     * Returns the single match.
     *
     * @throws InvalidRequestException if the description matched several contracts
     */
    static Contract single(Contract wanted, List<ContractDetails> found) {
        if (found.size() != 1) {
            throw new InvalidRequestException(wanted.describe() + " is ambiguous: it matches " + found.size()
                    + " contracts; describe it fully or give its conId");
        }
        return found.getFirst().contract();
    }
}
