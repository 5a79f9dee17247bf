package io.tws4j.simulator.config;

import io.tws4j.config.ConfigUpdateResult;
import io.tws4j.config.Configuration;
import io.tws4j.config.codec.ConfigCodec;
import io.tws4j.protocol.proto.ConfigProto.ConfigRequest;
import io.tws4j.protocol.proto.ConfigProto.UpdateConfigRequest;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.core.GatewayEngine;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TWS's configuration through the API: REQ_CONFIG reads the store, UPDATE_CONFIG changes it.
 * A client whose handshake chose a version below 219 or 221 cannot reach these handlers: the
 * session answers such a request as a message that version does not know.
 */
public final class ConfigHandler {
    private static final Logger log = LoggerFactory.getLogger(ConfigHandler.class);

    private final ConfigStore store;

    private ConfigHandler(ConfigStore store) {
        this.store = store;
    }

    /**
     * Installs the handlers on an engine and returns the handler, for inspection.
     *
     * @param port the port the gateway listens on, asked for when the configuration is first read
     */
    public static ConfigHandler install(GatewayEngine engine, IntSupplier port) {
        ConfigStore store = new ConfigStore(() -> ConfigDefaults.of(engine.options(), port.getAsInt()), engine::resetOrderIds);
        ConfigHandler handler = new ConfigHandler(store);
        engine.register(OutMessage.REQ_CONFIG, ConfigRequest.class, handler::read);
        engine.register(OutMessage.UPDATE_CONFIG, UpdateConfigRequest.class, handler::update);
        return handler;
    }

    /** Returns the configuration as it stands. */
    public Configuration configuration() {
        return store.current();
    }

    private void read(ClientSession session, ConfigRequest request) {
        session.send(InMessage.CONFIG_RESPONSE, ConfigCodec.configResponse(request.getReqId(), store.current()));
    }

    private void update(ClientSession session, UpdateConfigRequest request) {
        ConfigUpdateResult result = store.apply(ConfigCodec.update(request));
        log.info("client {}: configuration update {}: {} {}", session.clientId(), request.getReqId(), result.status(),
                result.isApplied() ? result.changedFields() : result.errors().isEmpty() ? result.warnings() : result.errors());
        session.send(InMessage.UPDATE_CONFIG_RESPONSE, ConfigCodec.updateResponse(request.getReqId(), result));
    }
}
