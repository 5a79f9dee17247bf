package io.tws4j.client.config;

import io.tws4j.client.core.Blocking;
import io.tws4j.client.core.Core;
import io.tws4j.config.ConfigUpdateResult;
import io.tws4j.config.Configuration;

/** The implementation behind {@link ConfigApi}; clients create it, users get it from a client. */
public final class RealConfigApi implements ConfigApi {
    private final Core core;

    public RealConfigApi(Core core) {
        this.core = core;
    }

    @Override
    public Configuration config() {
        return Blocking.await(ConfigRequests.read(core), ConfigRequests.READ);
    }

    @Override
    public ConfigUpdateQuery<ConfigUpdateResult> updateConfig() {
        return new ConfigUpdateQuery<>(update -> Blocking.await(ConfigRequests.update(core, update), ConfigRequests.UPDATE));
    }
}
