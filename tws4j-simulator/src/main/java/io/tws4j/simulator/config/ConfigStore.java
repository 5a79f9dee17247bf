package io.tws4j.simulator.config;

import io.tws4j.config.ConfigUpdateRequest;
import io.tws4j.config.ConfigUpdateResult;
import io.tws4j.config.Configuration;
import io.tws4j.config.UpdateConfigWarning;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one TWS configuration every client of a gateway shares. An update is checked and applied
 * as a whole under the store's lock: errors refuse it, unaccepted warnings hold it back, and
 * otherwise every value it carries takes effect at once.
 *
 * <p>TWS's status words are not public; the simulated gateway answers {@value #SUCCESS},
 * {@value #WARNING} (nothing applied until the warnings are accepted) and {@value #FAILED}.
 */
final class ConfigStore {
    static final String SUCCESS = "SUCCESS";
    static final String WARNING = "WARNING";
    static final String FAILED = "FAILED";
    /** The changed-field name of an order id sequence reset, as the request names it. */
    static final String RESET_ORDER_SEQUENCE = "resetAPIOrderSequence";

    private final Supplier<Configuration> defaults;
    private final Runnable resetOrderSequence;
    private Configuration current;

    /**
     * @param defaults the configuration before any update, built when first needed (the port is known only then)
     * @param resetOrderSequence restarts the API order id sequence
     */
    ConfigStore(Supplier<Configuration> defaults, Runnable resetOrderSequence) {
        this.defaults = defaults;
        this.resetOrderSequence = resetOrderSequence;
    }

    synchronized Configuration current() {
        if (current == null) {
            current = defaults.get();
        }
        return current;
    }

    synchronized ConfigUpdateResult apply(ConfigUpdateRequest update) {
        Configuration before = current();
        List<String> errors = ConfigValidation.errors(before, update);
        List<UpdateConfigWarning> warnings = ConfigWarnings.unaccepted(before, update);
        if (!errors.isEmpty()) {
            return new ConfigUpdateResult(FAILED, "Nothing was changed: " + errors.size() + " error(s)", List.of(), errors, warnings);
        }
        if (!warnings.isEmpty()) {
            return new ConfigUpdateResult(WARNING, "Nothing was changed: accept the warnings and send the update again",
                    List.of(), List.of(), warnings);
        }
        ConfigMerge merge = ConfigMerge.of(before, update);
        current = merge.merged();
        List<String> changed = new ArrayList<>(merge.changedFields());
        if (update.resetApiOrderSequence()) {
            resetOrderSequence.run();
            changed.add(RESET_ORDER_SEQUENCE);
        }
        String summary = changed.isEmpty() ? "No setting changed" : changed.size() + " setting(s) changed";
        return new ConfigUpdateResult(SUCCESS, summary, changed, List.of(), List.of());
    }
}
