package io.tws4j.client.config;

import io.tws4j.client.core.Core;
import io.tws4j.config.ConfigUpdateResult;
import io.tws4j.config.Configuration;
import java.util.concurrent.CompletableFuture;

/** The implementation behind {@link AsyncConfigApi}; clients create it, users get it from a client. */
public final class RealAsyncConfigApi implements AsyncConfigApi {
    private final Core core;

    public RealAsyncConfigApi(Core core) {
        this.core = core;
    }

    @Override
    public CompletableFuture<Configuration> config() {
        return ConfigRequests.read(core);
    }

    @Override
    public ConfigUpdateQuery<CompletableFuture<ConfigUpdateResult>> updateConfig() {
        return new ConfigUpdateQuery<>(update -> ConfigRequests.update(core, update));
    }
}
