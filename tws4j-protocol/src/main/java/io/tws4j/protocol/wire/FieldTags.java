package io.tws4j.protocol.wire;

import com.google.protobuf.WireFormat;

/** Protobuf field tags, for the few decoders that read fields straight from a frame. */
public final class FieldTags {

    private FieldTags() {}

    /** Returns the tag of field {@code number} with {@code wireType} ({@link WireFormat}'s {@code WIRETYPE_*}). */
    public static int of(int number, int wireType) {
        return (number << 3) | wireType;
    }

    /** Returns the tag of a varint field (int32, int64, bool). */
    public static int varint(int number) {
        return of(number, WireFormat.WIRETYPE_VARINT);
    }

    /** Returns the tag of a double field. */
    public static int fixed64(int number) {
        return of(number, WireFormat.WIRETYPE_FIXED64);
    }

    /** Returns the tag of a string, bytes or message field. */
    public static int lengthDelimited(int number) {
        return of(number, WireFormat.WIRETYPE_LENGTH_DELIMITED);
    }
}
