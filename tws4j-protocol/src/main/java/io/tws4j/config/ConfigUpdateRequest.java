package io.tws4j.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A change to the TWS configuration: only the values present change. Warnings TWS raised about
 * an earlier attempt are accepted by listing them; resetting the API order id sequence makes
 * TWS hand out order ids from the start again.
 *
 * {@snippet :
 * ConfigUpdateRequest update = ConfigUpdateRequest.builder()
 *         .apiSettings(ApiSettings.builder().bulkDataTimeout(60).build())
 *         .message(MessageConfig.of(131, false))
 *         .acceptWarning(UpdateConfigWarning.of(131))
 *         .build();
 * }
 *
 * @param lockAndExit the Lock and Exit values to change
 * @param messages the message prompts to change, at most one per id
 * @param api the API precautions and settings to change
 * @param orders the order configuration to change
 * @param acceptedWarnings the warnings accepted, at most one per id
 * @param resetApiOrderSequence whether TWS restarts the API order id sequence
 */
public record ConfigUpdateRequest(LockAndExit lockAndExit, List<MessageConfig> messages, ApiConfig api, OrdersConfig orders,
                                  List<UpdateConfigWarning> acceptedWarnings, boolean resetApiOrderSequence) {

    public ConfigUpdateRequest {
        Objects.requireNonNull(lockAndExit);
        messages = List.copyOf(messages);
        Objects.requireNonNull(api);
        Objects.requireNonNull(orders);
        acceptedWarnings = List.copyOf(acceptedWarnings);
    }

    /** Returns a builder of an update that changes nothing yet. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns whether the update would change nothing: no value, no message, no reset. */
    public boolean changesNothing() {
        return lockAndExit.isEmpty() && messages.isEmpty() && api.isEmpty() && orders.isEmpty() && !resetApiOrderSequence;
    }

    /** Returns whether warning {@code messageId} is accepted. */
    public boolean accepts(int messageId) {
        return acceptedWarnings.stream().anyMatch(warning -> warning.messageId() == messageId);
    }

    /** Builds a {@link ConfigUpdateRequest}; a later value for the same part or id replaces the earlier one. */
    public static final class Builder {
        private LockAndExit lockAndExit = LockAndExit.EMPTY;
        private final Map<Integer, MessageConfig> messages = new LinkedHashMap<>();
        private ApiPrecautions precautions = ApiPrecautions.EMPTY;
        private ApiSettings settings = ApiSettings.EMPTY;
        private OrdersConfig orders = OrdersConfig.EMPTY;
        private final Map<Integer, UpdateConfigWarning> acceptedWarnings = new LinkedHashMap<>();
        private boolean resetApiOrderSequence;

        private Builder() {}

        /** Sets the Lock and Exit values to change. */
        public Builder lockAndExit(LockAndExit lockAndExit) {
            this.lockAndExit = Objects.requireNonNull(lockAndExit);
            return this;
        }

        /** Adds a message prompt to change, replacing an earlier one with its id. */
        public Builder message(MessageConfig message) {
            messages.put(message.id(), message);
            return this;
        }

        /** Sets the API precautions and settings to change. */
        public Builder api(ApiConfig api) {
            this.precautions = api.precautions();
            this.settings = api.settings();
            return this;
        }

        /** Sets the API precautions to change. */
        public Builder apiPrecautions(ApiPrecautions precautions) {
            this.precautions = Objects.requireNonNull(precautions);
            return this;
        }

        /** Sets the API settings to change. */
        public Builder apiSettings(ApiSettings settings) {
            this.settings = Objects.requireNonNull(settings);
            return this;
        }

        /** Sets the order configuration to change. */
        public Builder orders(OrdersConfig orders) {
            this.orders = Objects.requireNonNull(orders);
            return this;
        }

        /** Accepts a warning TWS raised, replacing an earlier acceptance with its id. */
        public Builder acceptWarning(UpdateConfigWarning warning) {
            acceptedWarnings.put(warning.messageId(), warning);
            return this;
        }

        /** Sets whether TWS restarts the API order id sequence. */
        public Builder resetApiOrderSequence(boolean reset) {
            this.resetApiOrderSequence = reset;
            return this;
        }

        /** Returns the update. */
        public ConfigUpdateRequest build() {
            return new ConfigUpdateRequest(lockAndExit, new ArrayList<>(messages.values()), new ApiConfig(precautions, settings),
                    orders, new ArrayList<>(acceptedWarnings.values()), resetApiOrderSequence);
        }
    }
}
