package io.tws4j.config.codec;

import io.tws4j.config.ApiConfig;
import io.tws4j.config.ConfigUpdateRequest;
import io.tws4j.config.ConfigUpdateResult;
import io.tws4j.config.Configuration;
import io.tws4j.config.LockAndExit;
import io.tws4j.config.MessageConfig;
import io.tws4j.config.OrdersConfig;
import io.tws4j.config.SmartRouting;
import io.tws4j.config.UpdateConfigWarning;
import io.tws4j.protocol.proto.ConfigProto;
import io.tws4j.protocol.proto.ConfigProto.ConfigRequest;
import io.tws4j.protocol.proto.ConfigProto.ConfigResponse;
import io.tws4j.protocol.proto.ConfigProto.LockAndExitConfig;
import io.tws4j.protocol.proto.ConfigProto.OrdersSmartRoutingConfig;
import io.tws4j.protocol.proto.ConfigProto.UpdateConfigResponse;
import java.util.Optional;

/**
 * Both directions of the configuration messages. Parts with no values stay off the wire, and a
 * part missing from the wire reads as its {@code EMPTY} constant, so records survive a round
 * trip unchanged.
 */
public final class ConfigCodec {

    private ConfigCodec() {}

    /** Encodes a configuration read. */
    public static ConfigRequest configRequest(int requestId) {
        return ConfigRequest.newBuilder().setReqId(requestId).build();
    }

    /** Encodes the configuration TWS reports. */
    public static ConfigResponse configResponse(int requestId, Configuration config) {
        ConfigResponse.Builder response = ConfigResponse.newBuilder().setReqId(requestId);
        if (!config.lockAndExit().isEmpty()) {
            response.setLockAndExit(lockAndExit(config.lockAndExit()));
        }
        config.messages().forEach(message -> response.addMessages(message(message)));
        if (!config.api().isEmpty()) {
            response.setApi(api(config.api()));
        }
        if (!config.orders().isEmpty()) {
            response.setOrders(orders(config.orders()));
        }
        return response.build();
    }

    /** Decodes the configuration TWS reports. */
    public static Configuration configuration(ConfigResponse message) {
        return new Configuration(lockAndExit(message.getLockAndExit()),
                message.getMessagesList().stream().map(ConfigCodec::message).toList(),
                api(message.getApi()), orders(message.getOrders()));
    }

    /** Encodes a configuration update. */
    public static ConfigProto.UpdateConfigRequest updateRequest(int requestId, ConfigUpdateRequest update) {
        ConfigProto.UpdateConfigRequest.Builder request = ConfigProto.UpdateConfigRequest.newBuilder().setReqId(requestId);
        if (!update.lockAndExit().isEmpty()) {
            request.setLockAndExit(lockAndExit(update.lockAndExit()));
        }
        update.messages().forEach(message -> request.addMessages(message(message)));
        if (!update.api().isEmpty()) {
            request.setApi(api(update.api()));
        }
        if (!update.orders().isEmpty()) {
            request.setOrders(orders(update.orders()));
        }
        update.acceptedWarnings().forEach(warning -> request.addAcceptedWarnings(warning(warning)));
        if (update.resetApiOrderSequence()) {
            request.setResetApiOrderSequence(true);
        }
        return request.build();
    }

    /** Decodes a configuration update. */
    public static ConfigUpdateRequest update(ConfigProto.UpdateConfigRequest message) {
        return new ConfigUpdateRequest(lockAndExit(message.getLockAndExit()),
                message.getMessagesList().stream().map(ConfigCodec::message).toList(),
                api(message.getApi()), orders(message.getOrders()),
                message.getAcceptedWarningsList().stream().map(ConfigCodec::warning).toList(),
                message.getResetApiOrderSequence());
    }

    /** Encodes what TWS made of an update. */
    public static UpdateConfigResponse updateResponse(int requestId, ConfigUpdateResult result) {
        return UpdateConfigResponse.newBuilder()
                .setReqId(requestId)
                .setStatus(result.status())
                .setMessage(result.message())
                .addAllChangedFields(result.changedFields())
                .addAllErrors(result.errors())
                .addAllWarnings(result.warnings().stream().map(ConfigCodec::warning).toList())
                .build();
    }

    /** Decodes what TWS made of an update. */
    public static ConfigUpdateResult result(UpdateConfigResponse message) {
        return new ConfigUpdateResult(message.getStatus(), message.getMessage(), message.getChangedFieldsList(),
                message.getErrorsList(), message.getWarningsList().stream().map(ConfigCodec::warning).toList());
    }

    /** Encodes Lock and Exit values. */
    public static LockAndExitConfig lockAndExit(LockAndExit lockAndExit) {
        LockAndExitConfig.Builder message = LockAndExitConfig.newBuilder();
        lockAndExit.autoLogoffTime().ifPresent(message::setAutoLogoffTime);
        lockAndExit.autoLogoffPeriod().ifPresent(message::setAutoLogoffPeriod);
        lockAndExit.autoLogoffType().ifPresent(message::setAutoLogoffType);
        return message.build();
    }

    /** Decodes Lock and Exit values; an absent message reads as {@link LockAndExit#EMPTY}. */
    public static LockAndExit lockAndExit(LockAndExitConfig message) {
        return new LockAndExit(optional(message.hasAutoLogoffTime(), message.getAutoLogoffTime()),
                optional(message.hasAutoLogoffPeriod(), message.getAutoLogoffPeriod()),
                optional(message.hasAutoLogoffType(), message.getAutoLogoffType()));
    }

    /** Encodes a message prompt. */
    public static ConfigProto.MessageConfig message(MessageConfig config) {
        ConfigProto.MessageConfig.Builder message = ConfigProto.MessageConfig.newBuilder().setId(config.id());
        config.title().ifPresent(message::setTitle);
        config.message().ifPresent(message::setMessage);
        config.defaultAction().ifPresent(message::setDefaultAction);
        config.enabled().ifPresent(message::setEnabled);
        return message.build();
    }

    /** Decodes a message prompt. */
    public static MessageConfig message(ConfigProto.MessageConfig message) {
        return new MessageConfig(message.getId(), optional(message.hasTitle(), message.getTitle()),
                optional(message.hasMessage(), message.getMessage()),
                optional(message.hasDefaultAction(), message.getDefaultAction()),
                optional(message.hasEnabled(), message.getEnabled()));
    }

    /** Encodes the API precautions and settings, leaving empty parts off. */
    public static ConfigProto.ApiConfig api(ApiConfig api) {
        ConfigProto.ApiConfig.Builder message = ConfigProto.ApiConfig.newBuilder();
        if (!api.precautions().isEmpty()) {
            message.setPrecautions(ApiCodec.precautions(api.precautions()));
        }
        if (!api.settings().isEmpty()) {
            message.setSettings(ApiCodec.settings(api.settings()));
        }
        return message.build();
    }

    /** Decodes the API precautions and settings. */
    public static ApiConfig api(ConfigProto.ApiConfig message) {
        return new ApiConfig(ApiCodec.precautions(message.getPrecautions()), ApiCodec.settings(message.getSettings()));
    }

    /** Encodes the order configuration. */
    public static ConfigProto.OrdersConfig orders(OrdersConfig orders) {
        ConfigProto.OrdersConfig.Builder message = ConfigProto.OrdersConfig.newBuilder();
        if (!orders.smartRouting().isEmpty()) {
            message.setSmartRouting(smartRouting(orders.smartRouting()));
        }
        return message.build();
    }

    /** Decodes the order configuration. */
    public static OrdersConfig orders(ConfigProto.OrdersConfig message) {
        return new OrdersConfig(smartRouting(message.getSmartRouting()));
    }

    /** Encodes a warning; an empty title or text stays off the wire. */
    public static ConfigProto.UpdateConfigWarning warning(UpdateConfigWarning warning) {
        ConfigProto.UpdateConfigWarning.Builder message = ConfigProto.UpdateConfigWarning.newBuilder()
                .setMessageId(warning.messageId());
        if (!warning.title().isEmpty()) {
            message.setTitle(warning.title());
        }
        if (!warning.message().isEmpty()) {
            message.setMessage(warning.message());
        }
        return message.build();
    }

    /** Decodes a warning. */
    public static UpdateConfigWarning warning(ConfigProto.UpdateConfigWarning message) {
        return new UpdateConfigWarning(message.getMessageId(), message.getTitle(), message.getMessage());
    }

    private static OrdersSmartRoutingConfig smartRouting(SmartRouting routing) {
        OrdersSmartRoutingConfig.Builder message = OrdersSmartRoutingConfig.newBuilder();
        routing.seekPriceImprovement().ifPresent(message::setSeekPriceImprovement);
        routing.preOpenReroute().ifPresent(message::setPreOpenReroute);
        routing.doNotRouteToDarkPools().ifPresent(message::setDoNotRouteToDarkPools);
        routing.defaultAlgorithm().ifPresent(message::setDefaultAlgorithm);
        return message.build();
    }

    private static SmartRouting smartRouting(OrdersSmartRoutingConfig message) {
        return new SmartRouting(optional(message.hasSeekPriceImprovement(), message.getSeekPriceImprovement()),
                optional(message.hasPreOpenReroute(), message.getPreOpenReroute()),
                optional(message.hasDoNotRouteToDarkPools(), message.getDoNotRouteToDarkPools()),
                optional(message.hasDefaultAlgorithm(), message.getDefaultAlgorithm()));
    }

    private static <T> Optional<T> optional(boolean present, T value) {
        return present ? Optional.of(value) : Optional.empty();
    }
}
