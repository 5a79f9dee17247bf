package io.tws4j.client.config;

import io.tws4j.config.ConfigUpdateResult;
import io.tws4j.config.Configuration;
import java.util.concurrent.CompletableFuture;

/** The TWS configuration, asynchronous. Futures never complete on the connection's reader thread. */
public interface AsyncConfigApi {

    /**
     * Reads the TWS configuration. The future fails with {@link io.tws4j.client.FeatureNotSupportedException},
     * and nothing is sent, if the gateway is older than server version 219.
     *
     * {@snippet :
     * client.async().config().thenAccept(config -> System.out.println(config.api().settings().socketPort()));
     * }
     */
    CompletableFuture<Configuration> config();

    /**
     * Starts an update of the TWS configuration; {@link ConfigUpdateQuery#send()} sends it and
     * returns the future of TWS's answer.
     *
     * {@snippet :
     * ConfigUpdateQuery<CompletableFuture<ConfigUpdateResult>> update = client.async().updateConfig().message(131, false);
     * update.send()
     *         .thenCompose(result -> result.needsAcceptance() ? update.acceptWarnings(result.warnings()).send()
     *                 : CompletableFuture.completedFuture(result))
     *         .thenAccept(result -> System.out.println(result.changedFields()));
     * }
     */
    ConfigUpdateQuery<CompletableFuture<ConfigUpdateResult>> updateConfig();
}
