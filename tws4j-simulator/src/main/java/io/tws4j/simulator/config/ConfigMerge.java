package io.tws4j.simulator.config;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.tws4j.config.ConfigUpdateRequest;
import io.tws4j.config.Configuration;
import io.tws4j.config.codec.ConfigCodec;
import io.tws4j.protocol.proto.ConfigProto;
import io.tws4j.protocol.proto.ConfigProto.ConfigResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lays the values an update carries over the stored configuration, field by field as they travel,
 * and names each value that changes by its path ({@code api.settings.socketPort},
 * {@code messages[131].enabled}). A value equal to the stored one is no change; a non-empty
 * list replaces the stored list.
 */
final class ConfigMerge {
    private final List<String> changedFields = new ArrayList<>();
    private final Configuration merged;

    private ConfigMerge(Configuration current, ConfigUpdateRequest update) {
        ConfigResponse stored = ConfigCodec.configResponse(0, current);
        ConfigResponse changes = ConfigCodec.configResponse(0,
                new Configuration(update.lockAndExit(), List.of(), update.api(), update.orders()));
        ConfigResponse.Builder result = ((ConfigResponse) overlay("", stored, changes)).toBuilder();
        result.clearMessages();
        for (ConfigProto.MessageConfig message : stored.getMessagesList()) {
            result.addMessages(update.messages().stream()
                    .filter(change -> change.id() == message.getId())
                    .findFirst()
                    .map(change -> (ConfigProto.MessageConfig) overlay("messages[" + message.getId() + "].", message,
                            ConfigCodec.message(change)))
                    .orElse(message));
        }
        this.merged = ConfigCodec.configuration(result.build());
    }

    /** Returns the merge of {@code update} into {@code current}. */
    static ConfigMerge of(Configuration current, ConfigUpdateRequest update) {
        return new ConfigMerge(current, update);
    }

    /** Returns the configuration with the update applied. */
    Configuration merged() {
        return merged;
    }

    /** Returns the paths of the values that changed, in the order they travel. */
    List<String> changedFields() {
        return List.copyOf(changedFields);
    }

    private Message overlay(String path, Message stored, Message update) {
        Message.Builder result = stored.toBuilder();
        for (FieldDescriptor field : update.getDescriptorForType().getFields()) {
            boolean present = field.isRepeated() ? update.getRepeatedFieldCount(field) > 0 : update.hasField(field);
            if (!present) {
                continue;
            }
            String name = path + field.getJsonName();
            if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !field.isRepeated()) {
                result.setField(field, overlay(name + ".", (Message) stored.getField(field), (Message) update.getField(field)));
            } else if (isChange(stored, update, field)) {
                result.setField(field, update.getField(field));
                changedFields.add(name);
            }
        }
        return result.build();
    }

    /** A value is a change if it differs or, like a master client id of 0 where none was set, was not there before. */
    private static boolean isChange(Message stored, Message update, FieldDescriptor field) {
        boolean wasSet = field.isRepeated() || stored.hasField(field);
        return !wasSet || !Objects.equals(stored.getField(field), update.getField(field));
    }
}
