package io.tws4j.simulator;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import io.tws4j.protocol.wire.OutMessage;
import java.util.SplittableRandom;

/**
 * Builds well-formed request bodies whose fields carry hostile values, field by field from the
 * message's descriptor. Most requests start plausible (so that they reach a handler's deeper
 * checks) and have some fields turned hostile; some are hostile throughout, some left plausible.
 * The same seed builds the same requests.
 */
final class HostileRequests {
    private static final int MAX_DEPTH = 4;
    /** Share of a request's fields turned hostile, one rate drawn per request. */
    private static final double[] MUTATION_RATES = {0, 0.05, 0.05, 0.15, 0.15, 0.3, 0.6, 1.0};

    private final SplittableRandom random;
    private final HostileValues values;

    HostileRequests(SplittableRandom random) {
        this.random = random;
        this.values = new HostileValues(random);
    }

    /** Returns a body for {@code message}; an id-bearing request gets {@code id} in field 1. */
    Message next(OutMessage message, int id) {
        Message.Builder builder = emptyOf(message).newBuilderForType();
        fill(builder, MUTATION_RATES[random.nextInt(MUTATION_RATES.length)], 0);
        if (message.idField() != OutMessage.IdField.NONE) {
            builder.setField(builder.getDescriptorForType().findFieldByNumber(1), id);
        }
        return builder.build();
    }

    private static Message emptyOf(OutMessage message) {
        try {
            return message.parser().orElseThrow().parseFrom(new byte[0]);
        } catch (InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }

    private void fill(Message.Builder builder, double mutationRate, int depth) {
        for (FieldDescriptor field : builder.getDescriptorForType().getFields()) {
            boolean hostile = random.nextDouble() < mutationRate;
            if (!present(field, hostile)) {
                continue;
            }
            if (field.isMapField()) {
                int entries = random.nextInt(hostile ? 6 : 3);
                for (int i = 0; i < entries; i++) {
                    Message.Builder entry = builder.newBuilderForField(field);
                    fill(entry, hostile ? 1.0 : mutationRate, depth + 1);
                    builder.addRepeatedField(field, entry.build());
                }
            } else if (field.isRepeated()) {
                int count = hostile && random.nextInt(10) == 0 ? 200 : random.nextInt(4);
                for (int i = 0; i < count && depth < MAX_DEPTH; i++) {
                    builder.addRepeatedField(field, value(builder, field, hostile, mutationRate, depth));
                }
            } else if (field.getJavaType() != FieldDescriptor.JavaType.MESSAGE || depth < MAX_DEPTH) {
                builder.setField(field, value(builder, field, hostile, mutationRate, depth));
            }
        }
    }

    private boolean present(FieldDescriptor field, boolean hostile) {
        if (hostile || field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
            return random.nextInt(10) < 8;
        }
        return random.nextInt(10) < 5;
    }

    private Object value(Message.Builder builder, FieldDescriptor field, boolean hostile, double mutationRate, int depth) {
        String name = field.getName();
        return switch (field.getJavaType()) {
            case STRING -> hostile ? values.hostileText() : values.plausibleText(name);
            case INT -> hostile ? values.hostileInt() : values.plausibleInt(name);
            case LONG -> hostile ? values.hostileLong() : (long) values.plausibleInt(name);
            case DOUBLE -> hostile ? values.hostileDouble() : values.plausibleDouble(name);
            case FLOAT -> (float) (hostile ? values.hostileDouble() : values.plausibleDouble(name));
            case BOOLEAN -> values.nextBoolean();
            case MESSAGE -> {
                Message.Builder nested = builder.newBuilderForField(field);
                fill(nested, hostile ? 1.0 : mutationRate, depth + 1);
                yield nested.build();
            }
            default -> throw new AssertionError("no values for " + field.getFullName() + " of type " + field.getJavaType());
        };
    }
}
