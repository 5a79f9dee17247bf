package io.tws4j.config;

import java.util.List;
import java.util.Objects;

/**
 * What TWS made of a configuration update. TWS applies an update whole or not at all: with
 * errors it applies nothing; with warnings it applies nothing until the update is sent again
 * with those warnings accepted.
 *
 * {@snippet :
 * ConfigUpdateResult result = update.send();
 * if (result.needsAcceptance()) {
 *     result = update.acceptWarnings(result.warnings()).send();
 * }
 * }
 *
 * @param status TWS's status word, as sent
 * @param message TWS's summary, as sent
 * @param changedFields the settings that changed, named by their path in the configuration
 * @param errors why TWS refused the update
 * @param warnings the warnings to accept before TWS applies the update
 */
public record ConfigUpdateResult(String status, String message, List<String> changedFields, List<String> errors,
                                 List<UpdateConfigWarning> warnings) {

    public ConfigUpdateResult {
        Objects.requireNonNull(status);
        Objects.requireNonNull(message);
        changedFields = List.copyOf(changedFields);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** Returns whether TWS applied the update: no errors and no warnings left to accept. */
    public boolean isApplied() {
        return errors.isEmpty() && warnings.isEmpty();
    }

    /** Returns whether TWS holds the update back only until its warnings are accepted. */
    public boolean needsAcceptance() {
        return errors.isEmpty() && !warnings.isEmpty();
    }

    /** Returns whether TWS refused the update for errors. */
    public boolean isRejected() {
        return !errors.isEmpty();
    }
}
