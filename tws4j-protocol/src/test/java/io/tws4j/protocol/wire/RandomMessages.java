package io.tws4j.protocol.wire;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import com.google.protobuf.InvalidProtocolBufferException;
import java.util.random.RandomGenerator;

/** Fills any message type with seeded random values, nested messages, lists and maps included. */
final class RandomMessages {
    private static final String[] WORDS = {"", "AAPL", "STK", "SMART", "USD", "DU123456", "1 hour", "0.01", "100",
            "Ünïcode ✓", "20250102 09:30:00 America/New_York", "a\tb", "x".repeat(300)};

    private final RandomGenerator random;

    RandomMessages(RandomGenerator random) {
        this.random = random;
    }

    /** Returns a random instance of the generated type behind {@code parser}. */
    <T extends Message> T next(Parser<T> parser, Descriptor type) {
        try {
            return parser.parseFrom(fill(type, 0).toByteArray());
        } catch (InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }

    private DynamicMessage fill(Descriptor type, int depth) {
        DynamicMessage.Builder builder = DynamicMessage.newBuilder(type);
        for (OneofDescriptor oneof : type.getRealOneofs()) {
            if (random.nextBoolean()) {
                FieldDescriptor field = oneof.getField(random.nextInt(oneof.getFieldCount()));
                builder.setField(field, value(field, depth));
            }
        }
        for (FieldDescriptor field : type.getFields()) {
            if (field.getRealContainingOneof() != null || random.nextInt(4) == 0) {
                continue;
            }
            if (field.isRepeated()) {
                int count = depth > 2 ? 0 : random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    builder.addRepeatedField(field, value(field, depth));
                }
            } else if (field.getJavaType() != FieldDescriptor.JavaType.MESSAGE || depth < 3) {
                builder.setField(field, value(field, depth));
            }
        }
        return builder.build();
    }

    private Object value(FieldDescriptor field, int depth) {
        return switch (field.getJavaType()) {
            case INT -> random.nextInt(8) == 0 ? -1 : random.nextInt(8) == 0 ? Integer.MAX_VALUE : random.nextInt(100_000);
            case LONG -> random.nextLong();
            case DOUBLE -> random.nextInt(8) == 0 ? Double.MAX_VALUE : Math.round(random.nextDouble() * 1e6) / 100.0;
            case BOOLEAN -> random.nextBoolean();
            case STRING -> WORDS[random.nextInt(WORDS.length)];
            case BYTE_STRING -> ByteString.copyFromUtf8(WORDS[random.nextInt(WORDS.length)]);
            case MESSAGE -> fill(field.getMessageType(), depth + 1);
            default -> throw new IllegalArgumentException("no random value for " + field.getFullName());
        };
    }
}
