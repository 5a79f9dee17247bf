package io.tws4j.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"100, 100", "0, 0", "0.25, 0.25", "-3.5, -3.5", "1E+3, 1E+3", "123456789012345678901234, 123456789012345678901234",
            "007, 7", "0.000001, 0.000001", "1.10, 1.10", "99999999999999999.9, 99999999999999999.9"})
    void parsesWhatBigDecimalParses(String text, String expected) {
        assertThat(Decimals.parse(text)).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"abc", "1.2.3", "-", "--1", "1,5", " ", ".", "-."})
    void rejectsWhatIsNotADecimal(String text) {
        assertThatThrownBy(() -> Decimals.parse(text)).isInstanceOf(NumberFormatException.class)
                .hasMessageContaining(text.isBlank() ? "empty decimal" : "not a decimal: \"" + text + "\"");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    void seededNumbersReadFromTheWireEqualBigDecimalsOwnParse(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 5_000; i++) {
            BigDecimal value = BigDecimal.valueOf(random.nextLong(-1_000_000_000_000L, 1_000_000_000_000L), random.nextInt(0, 9));
            String text = random.nextBoolean() ? value.toPlainString() : value.toString();
            assertThat(read(text)).as(text).isEqualByComparingTo(value).isEqualTo(new BigDecimal(text));
        }
    }

    @Test
    void commonSizesComeFromTheCache() throws IOException {
        assertThat(read("100")).isSameAs(read("100"));
        assertThat(read("1023")).isSameAs(Decimals.of(1023, 0));
        assertThat(read("25600")).isSameAs(Decimals.of(25_600, 0));
        assertThat(read("")).isNull();
    }

    @Test
    void formatsPlainWithoutExponentOrTrailingZeros() {
        assertThat(Decimals.format(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(Decimals.format(new BigDecimal("1.500"))).isEqualTo("1.5");
        assertThat(Decimals.format(new BigDecimal("0.0001"))).isEqualTo("0.0001");
    }

    private static BigDecimal read(String text) throws IOException {
        byte[] field = ByteString.copyFrom(text, StandardCharsets.US_ASCII).toByteArray();
        byte[] encoded = new byte[field.length + 1];
        encoded[0] = (byte) field.length;
        System.arraycopy(field, 0, encoded, 1, field.length);
        return Decimals.read(CodedInputStream.newInstance(encoded));
    }
}
