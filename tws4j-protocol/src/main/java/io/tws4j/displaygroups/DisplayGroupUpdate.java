package io.tws4j.displaygroups;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The contract a TWS display group now shows, as TWS describes it: {@code conId@exchange},
 * {@code none} when the group shows nothing, or {@code combo}-style text for other content.
 *
 * @param contractInfo the description as sent
 */
public record DisplayGroupUpdate(String contractInfo) {
    /** What TWS sends for a group that shows no contract. */
    public static final String NONE = "none";

    /** Returns whether the group shows no contract. */
    public boolean isEmpty() {
        return contractInfo.isEmpty() || NONE.equals(contractInfo);
    }

    /** Returns the contract id, if the group shows a single contract. */
    public OptionalInt conId() {
        int at = contractInfo.indexOf('@');
        if (at <= 0) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(contractInfo.substring(0, at)));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** Returns the exchange, if the group shows a single contract. */
    public Optional<String> exchange() {
        int at = contractInfo.indexOf('@');
        return at <= 0 || at == contractInfo.length() - 1 ? Optional.empty() : Optional.of(contractInfo.substring(at + 1));
    }

    /** Describes a single contract the way TWS does: {@code conId@exchange}. */
    public static DisplayGroupUpdate of(int conId, String exchange) {
        return new DisplayGroupUpdate(conId + "@" + exchange);
    }
}
