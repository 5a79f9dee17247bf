package io.tws4j.marketdata.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import io.tws4j.marketdata.PriceTick;
import io.tws4j.marketdata.SizeTick;
import io.tws4j.marketdata.TickAttributes;
import io.tws4j.marketdata.TickType;
import io.tws4j.protocol.proto.MarketDataProto.TickGeneric;
import io.tws4j.protocol.proto.MarketDataProto.TickPrice;
import io.tws4j.protocol.proto.MarketDataProto.TickSize;
import io.tws4j.protocol.proto.MarketDataProto.TickString;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The direct tick decoders agree with the generated classes: on seeded random messages, and on
 * arbitrary bytes (both decode to the same tick, or both fail).
 */
class MarketDataCodecTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void directDecodersAgreeWithGeneratedClassesOnRandomTicks(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 2_000; i++) {
            TickPrice.Builder price = TickPrice.newBuilder();
            if (random.nextBoolean()) price.setReqId(random.nextInt());
            if (random.nextBoolean()) price.setTickType(random.nextInt(-3, 130));
            if (random.nextBoolean()) price.setPrice(random.nextDouble(-1e6, 1e6));
            if (random.nextBoolean()) price.setSize(Long.toString(random.nextLong(0, 10_000_000)));
            if (random.nextBoolean()) price.setAttrMask(random.nextInt(16));
            TickPrice message = price.build();
            assertThat(MarketDataCodec.readTickPrice(input(message.toByteArray()))).isEqualTo(MarketDataCodec.tickPrice(message));

            TickSize size = TickSize.newBuilder().setReqId(random.nextInt()).setTickType(random.nextInt(0, 112))
                    .setSize(random.nextInt(3) + "." + random.nextInt(100)).build();
            assertThat(MarketDataCodec.readTickSize(input(size.toByteArray()))).isEqualTo(MarketDataCodec.tickSize(size));

            TickGeneric generic = TickGeneric.newBuilder().setReqId(random.nextInt()).setTickType(49).setValue(random.nextDouble()).build();
            assertThat(MarketDataCodec.readTickGeneric(input(generic.toByteArray()))).isEqualTo(MarketDataCodec.tickGeneric(generic));

            TickString text = TickString.newBuilder().setReqId(random.nextInt()).setTickType(45).setValue("t" + random.nextLong()).build();
            assertThat(MarketDataCodec.readTickString(input(text.toByteArray()))).isEqualTo(MarketDataCodec.tickString(text));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12})
    void arbitraryBytesDecodeTheSameWayOrFailOnBothPaths(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] valid = MarketDataCodec.tickPrice(new PriceTick(7, TickType.BID, 101.25, BigDecimal.valueOf(300), TickAttributes.of(1))).toByteArray();
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = valid.clone();
            for (int flips = random.nextInt(1, 4); flips > 0; flips--) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            Object generated = decode(() -> MarketDataCodec.tickPrice(TickPrice.parseFrom(bytes)));
            Object direct = decode(() -> MarketDataCodec.readTickPrice(input(bytes)));
            if (generated instanceof Exception) {
                assertThat(direct).as("bytes the generated parser rejects").isInstanceOf(Exception.class);
            } else {
                assertThat(direct).isEqualTo(generated);
            }
        }
    }

    @Test
    void aRepeatedSizeFieldTakesItsLastValueEvenAfterAnUnreadableOne() throws IOException {
        byte[] bytes = concat(TickSize.newBuilder().setReqId(7).setTickType(0).setSize("12 lots").build().toByteArray(),
                TickSize.newBuilder().setSize("1200").build().toByteArray());

        assertThat(MarketDataCodec.readTickSize(input(bytes))).isEqualTo(MarketDataCodec.tickSize(TickSize.parseFrom(bytes)))
                .isEqualTo(new SizeTick(7, TickType.of(0), BigDecimal.valueOf(1200)));
        byte[] lastUnreadable = concat(TickSize.newBuilder().setSize("1200").build().toByteArray(),
                TickSize.newBuilder().setSize(".").build().toByteArray());
        assertThatThrownBy(() -> MarketDataCodec.readTickSize(input(lastUnreadable)))
                .isInstanceOf(NumberFormatException.class).hasMessageContaining("size tick's size");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @Test
    void encodingRoundTripsAndOmitsAnAbsentSize() throws IOException {
        PriceTick withSize = new PriceTick(9, TickType.ASK, 99.5, BigDecimal.valueOf(1200), TickAttributes.of(5));
        PriceTick withoutSize = new PriceTick(9, TickType.CLOSE, 98.0, null, TickAttributes.of(0));

        assertThat(MarketDataCodec.readTickPrice(input(MarketDataCodec.tickPrice(withSize).toByteArray()))).isEqualTo(withSize);
        assertThat(MarketDataCodec.tickPrice(withoutSize).hasSize()).isFalse();
        assertThat(MarketDataCodec.readTickPrice(input(MarketDataCodec.tickPrice(withoutSize).toByteArray()))).isEqualTo(withoutSize);
        SizeTick volume = new SizeTick(3, TickType.VOLUME, new BigDecimal("12345678.5"));
        assertThat(MarketDataCodec.readTickSize(input(MarketDataCodec.tickSize(volume).toByteArray()))).isEqualTo(volume);
    }

    private static CodedInputStream input(byte[] bytes) {
        return CodedInputStream.newInstance(bytes);
    }

    private static Object decode(Decode decode) {
        try {
            return decode.run();
        } catch (InvalidProtocolBufferException | IllegalArgumentException e) {
            return e;
        } catch (IOException e) {
            return e;
        }
    }

    @FunctionalInterface
    private interface Decode {
        Object run() throws IOException;
    }
}
