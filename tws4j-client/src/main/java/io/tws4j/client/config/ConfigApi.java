package io.tws4j.client.config;

import io.tws4j.config.ConfigUpdateResult;
import io.tws4j.config.Configuration;

/** The TWS configuration, blocking: API settings, precautions, SMART routing, Lock and Exit, message prompts. */
public interface ConfigApi {

    /**
     * Reads the TWS configuration. Blocks until TWS answers or the request timeout passes.
     *
     * {@snippet :
     * Configuration config = client.config();
     * if (config.api().settings().readOnlyApi().orElse(true)) {
     *     System.out.println("the API is read-only: orders will be refused");
     * }
     * }
     *
     * @throws io.tws4j.client.FeatureNotSupportedException if the gateway is older than server version 219; nothing is sent
     * @throws io.tws4j.client.RequestTimeoutException if TWS does not answer in time
     */
    Configuration config();

    /**
     * Starts an update of the TWS configuration; {@link ConfigUpdateQuery#send()} sends it and
     * blocks until TWS answers. TWS applies an update whole or not at all, and holds back one that
     * raises warnings until it is sent again with them accepted.
     *
     * {@snippet :
     * ConfigUpdateQuery<ConfigUpdateResult> update = client.updateConfig()
     *         .apiSettings(ApiSettings.builder().masterClientId(0).build())
     *         .message(131, false);
     * ConfigUpdateResult result = update.send();
     * if (result.needsAcceptance()) {
     *     result = update.acceptWarnings(result.warnings()).send();
     * }
     * }
     *
     * @see ConfigUpdateQuery#send() for the errors it throws
     */
    ConfigUpdateQuery<ConfigUpdateResult> updateConfig();
}
