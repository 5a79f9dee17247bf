package io.tws4j.simulator.config;

import io.tws4j.config.ConfigUpdateRequest;
import io.tws4j.config.Configuration;
import io.tws4j.config.MessageConfig;
import io.tws4j.config.UpdateConfigWarning;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The warnings TWS raises before it applies a configuration update, as the confirmations its
 * dialogs show. Until an update arrives with each of them accepted, TWS applies nothing.
 *
 * <p>From IB's samples: disabling a message prompt raises a warning with the message's id (the
 * samples disable message 131 and accept warning 131). Inferred: turning on Bypass Order
 * Precautions for API Orders, which TWS confirms in its dialog; TWS's number for that warning
 * is not public, so the simulated gateway uses its own, {@value #BYPASS_ORDER_PRECAUTIONS}.
 */
final class ConfigWarnings {
    /** The simulated gateway's number for the Bypass Order Precautions warning. */
    static final int BYPASS_ORDER_PRECAUTIONS = 901;

    private ConfigWarnings() {}

    /** Returns the warnings the update raises that it does not accept. */
    static List<UpdateConfigWarning> unaccepted(Configuration current, ConfigUpdateRequest update) {
        List<UpdateConfigWarning> warnings = new ArrayList<>();
        for (MessageConfig change : update.messages()) {
            current.message(change.id())
                    .filter(message -> change.enabled().equals(Optional.of(false)) && message.enabled().orElse(true))
                    .ifPresent(message -> warnings.add(disabling(message)));
        }
        boolean bypassing = update.api().precautions().bypassOrderPrecautions().orElse(false);
        if (bypassing && !current.api().precautions().bypassOrderPrecautions().orElse(false)) {
            warnings.add(new UpdateConfigWarning(BYPASS_ORDER_PRECAUTIONS, "Bypass Order Precautions for API Orders",
                    "Orders from API clients will no longer be checked against your order precautions."));
        }
        warnings.removeIf(warning -> update.accepts(warning.messageId()));
        return warnings;
    }

    private static UpdateConfigWarning disabling(MessageConfig message) {
        String title = message.title().orElse("message " + message.id());
        return new UpdateConfigWarning(message.id(), title, "TWS will no longer show '" + title + "' and will "
                + message.defaultAction().map(action -> "act as though you chose '" + action + "'").orElse("skip it") + ".");
    }
}
