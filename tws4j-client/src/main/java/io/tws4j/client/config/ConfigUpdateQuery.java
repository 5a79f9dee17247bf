package io.tws4j.client.config;

import io.tws4j.config.ApiConfig;
import io.tws4j.config.ApiPrecautions;
import io.tws4j.config.ApiSettings;
import io.tws4j.config.ConfigUpdateRequest;
import io.tws4j.config.LockAndExit;
import io.tws4j.config.MessageConfig;
import io.tws4j.config.OrdersConfig;
import io.tws4j.config.SmartRouting;
import io.tws4j.config.UpdateConfigWarning;
import java.util.Collection;
import java.util.function.Function;

/**
 * One update of the TWS configuration being described; the surface that made it decides what
 * {@link #send()} returns: the result on the blocking surface, its future on the asynchronous one.
 * Only the values set change. The query can be sent again, which is how warnings are accepted:
 * add them with {@link #acceptWarnings} and send once more. A query is not safe for concurrent use.
 *
 * {@snippet :
 * ConfigUpdateQuery<ConfigUpdateResult> update = client.updateConfig()
 *         .apiPrecautions(ApiPrecautions.builder().bypassOrderPrecautions(true).build());
 * ConfigUpdateResult result = update.send();                      // held back: a warning to accept
 * result = update.acceptWarnings(result.warnings()).send();       // applied
 * }
 *
 * @param <R> what {@link #send()} returns
 */
public final class ConfigUpdateQuery<R> {
    private final ConfigUpdateRequest.Builder request = ConfigUpdateRequest.builder();
    private final Function<ConfigUpdateRequest, R> terminal;

    ConfigUpdateQuery(Function<ConfigUpdateRequest, R> terminal) {
        this.terminal = terminal;
    }

    /** Sets the API precautions and settings to change. */
    public ConfigUpdateQuery<R> api(ApiConfig api) {
        request.api(api);
        return this;
    }

    /** Sets the API settings to change. */
    public ConfigUpdateQuery<R> apiSettings(ApiSettings settings) {
        request.apiSettings(settings);
        return this;
    }

    /** Sets the API precautions to change. */
    public ConfigUpdateQuery<R> apiPrecautions(ApiPrecautions precautions) {
        request.apiPrecautions(precautions);
        return this;
    }

    /** Sets the order configuration to change. */
    public ConfigUpdateQuery<R> orders(OrdersConfig orders) {
        request.orders(orders);
        return this;
    }

    /** Sets the SMART routing preferences to change. */
    public ConfigUpdateQuery<R> smartRouting(SmartRouting smartRouting) {
        request.orders(OrdersConfig.of(smartRouting));
        return this;
    }

    /** Sets the Lock and Exit values to change. */
    public ConfigUpdateQuery<R> lockAndExit(LockAndExit lockAndExit) {
        request.lockAndExit(lockAndExit);
        return this;
    }

    /** Adds a message prompt to change; a later one with the same id replaces it. */
    public ConfigUpdateQuery<R> message(MessageConfig message) {
        request.message(message);
        return this;
    }

    /** Enables or disables message prompt {@code id}; TWS asks for disabling to be accepted as a warning. */
    public ConfigUpdateQuery<R> message(int id, boolean enabled) {
        return message(MessageConfig.of(id, enabled));
    }

    /** Accepts a warning TWS raised about this update. */
    public ConfigUpdateQuery<R> acceptWarning(UpdateConfigWarning warning) {
        request.acceptWarning(warning);
        return this;
    }

    /** Accepts warnings TWS raised about this update, typically {@code result.warnings()}. */
    public ConfigUpdateQuery<R> acceptWarnings(Collection<UpdateConfigWarning> warnings) {
        warnings.forEach(request::acceptWarning);
        return this;
    }

    /** Asks TWS to restart the API order id sequence, as its "Reset API order ID sequence" button does. */
    public ConfigUpdateQuery<R> resetApiOrderSequence() {
        request.resetApiOrderSequence(true);
        return this;
    }

    /** Returns the update as described so far. */
    public ConfigUpdateRequest request() {
        return request.build();
    }

    /**
     * Sends the update as described so far. On the blocking surface this blocks until TWS answers
     * or the request timeout passes; on the asynchronous one the future fails with these errors.
     * An update is not sent again after a reconnect: whether TWS applied it is then unknown.
     *
     * @throws io.tws4j.client.FeatureNotSupportedException if the gateway is older than server version 221; nothing is sent
     * @throws io.tws4j.client.ReadOnlyViolationException if the client is read-only; nothing is sent
     * @throws io.tws4j.client.InvalidRequestException if the update changes nothing or carries an impossible value; nothing is sent
     * @throws io.tws4j.client.ConnectionLostException if the connection dropped before TWS answered
     */
    public R send() {
        return terminal.apply(request.build());
    }
}
