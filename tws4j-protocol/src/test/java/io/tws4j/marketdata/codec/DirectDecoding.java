package io.tws4j.marketdata.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.CodedInputStream;
import java.io.IOException;
import java.util.SplittableRandom;

/**
 * Checks that a direct decoder and the generated class agree: the same record from the same
 * bytes, or a failure on both paths.
 */
final class DirectDecoding {

    private DirectDecoding() {}

    /** Decodes bytes one way. */
    @FunctionalInterface
    interface Path {
        Object decode(byte[] bytes) throws IOException;
    }

    /** Asserts both paths decode {@code bytes} to equal records, or both fail. */
    static void assertAgree(byte[] bytes, Path generated, Path direct) {
        Object expected = outcome(generated, bytes);
        Object actual = outcome(direct, bytes);
        if (expected instanceof Exception) {
            assertThat(actual).as("bytes the generated parser rejects (%s)", expected).isInstanceOf(Exception.class);
        } else {
            assertThat(actual).isEqualTo(expected);
        }
    }

    /** Flips one to three bytes of {@code valid}, {@code rounds} times, and asserts the paths agree on each. */
    static void assertAgreeOnFlippedBytes(byte[] valid, long seed, int rounds, Path generated, Path direct) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < rounds; i++) {
            byte[] bytes = valid.clone();
            for (int flips = random.nextInt(1, 4); flips > 0; flips--) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            assertAgree(bytes, generated, direct);
        }
    }

    static CodedInputStream input(byte[] bytes) {
        return CodedInputStream.newInstance(bytes);
    }

    private static Object outcome(Path path, byte[] bytes) {
        try {
            return path.decode(bytes);
        } catch (IOException | RuntimeException e) {
            return e;
        }
    }
}
