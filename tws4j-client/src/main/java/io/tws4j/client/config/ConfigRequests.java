package io.tws4j.client.config;

import io.tws4j.client.InvalidRequestException;
import io.tws4j.client.ReadOnlyViolationException;
import io.tws4j.client.TwsException;
import io.tws4j.client.core.CallSpec;
import io.tws4j.client.core.Core;
import io.tws4j.config.ApiSettings;
import io.tws4j.config.ConfigUpdateRequest;
import io.tws4j.config.ConfigUpdateResult;
import io.tws4j.config.Configuration;
import io.tws4j.config.codec.ConfigCodec;
import io.tws4j.protocol.proto.ConfigProto.ConfigResponse;
import io.tws4j.protocol.proto.ConfigProto.UpdateConfigResponse;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.protocol.wire.ServerVersion;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * The configuration requests: what each sends and what its replies become, and the checks made
 * before anything is sent. A refused request is a failed future, so that both surfaces report it
 * the same way.
 */
final class ConfigRequests {
    static final String READ = "reading the TWS configuration";
    static final String UPDATE = "updating the TWS configuration";

    private ConfigRequests() {}

    static CompletableFuture<Configuration> read(Core core) {
        try {
            core.requireVersion(ServerVersion.CONFIG, READ);
        } catch (TwsException e) {
            return CompletableFuture.failedFuture(e);
        }
        return core.call(CallSpec.<Configuration>byRequestId("configuration", OutMessage.REQ_CONFIG, ConfigCodec::configRequest)
                .single(InMessage.CONFIG_RESPONSE, ConfigResponse.class, ConfigCodec::configuration));
    }

    /** A write whose fate is unknown after a lost connection is reported, not repeated. */
    static CompletableFuture<ConfigUpdateResult> update(Core core, ConfigUpdateRequest update) {
        try {
            core.requireVersion(ServerVersion.UPDATE_CONFIG, UPDATE);
            if (core.options().readOnly()) {
                throw new ReadOnlyViolationException(UPDATE);
            }
            check(update);
        } catch (TwsException e) {
            return CompletableFuture.failedFuture(e);
        }
        return core.call(CallSpec.<ConfigUpdateResult>byRequestId("configuration update", OutMessage.UPDATE_CONFIG,
                        id -> ConfigCodec.updateRequest(id, update))
                .retryable(false)
                .single(InMessage.UPDATE_CONFIG_RESPONSE, UpdateConfigResponse.class, ConfigCodec::result));
    }

    /** Refuses what no TWS accepts; TWS itself checks the rest and answers with errors. */
    private static void check(ConfigUpdateRequest update) {
        if (update.changesNothing()) {
            throw new InvalidRequestException("the configuration update changes nothing: set a value, a message prompt"
                    + " or the order id reset");
        }
        ApiSettings settings = update.api().settings();
        within(settings.socketPort(), 1, 65_535, "socketPort");
        within(settings.masterClientId(), 0, Integer.MAX_VALUE, "masterClientId");
        within(settings.bulkDataTimeout(), 0, Integer.MAX_VALUE, "bulkDataTimeout");
        within(settings.historicalDataMaxSize(), 1, Integer.MAX_VALUE, "historicalDataMaxSize");
    }

    private static void within(OptionalInt value, int least, int most, String field) {
        if (value.isPresent() && (value.getAsInt() < least || value.getAsInt() > most)) {
            throw new InvalidRequestException("api.settings." + field + ": " + value.getAsInt()
                    + (most == Integer.MAX_VALUE ? " is below " + least : " is not " + least + " to " + most));
        }
    }
}
