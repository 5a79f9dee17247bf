package io.tws4j.simulator.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RequestFieldsTest {

    @Test
    void decimalsReadAsTwsReadsThemAndBlankIsZero() {
        assertThat(RequestFields.decimal("totalQuantity", "100")).isEqualByComparingTo("100");
        assertThat(RequestFields.decimal("totalQuantity", " 0.25 ")).isEqualByComparingTo("0.25");
        assertThat(RequestFields.decimal("totalQuantity", "1E+3")).isEqualByComparingTo("1000");
        assertThat(RequestFields.decimal("totalQuantity", "")).isEqualTo(BigDecimal.ZERO);
        assertThat(RequestFields.decimal("totalQuantity", "1E+384")).isEqualByComparingTo("1E+384");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12abc", "1,000", "NaN", "Infinity", "-", ".", "0x1F", "١٢٣", "1E+385", "1e999999",
            "-1E+2147483647", "1E-999999"})
    void aDecimalTwsCannotReadIs320NamingTheFieldAndTheValue(String text) {
        RequestRejected rejected = catchThrowableOfType(RequestRejected.class, () -> RequestFields.decimal("totalQuantity", text));

        assertThat(rejected.code()).isEqualTo(320);
        assertThat(rejected.text(42)).isEqualTo("Error reading request.Message id 42.  Unable to parse data."
                + " java.lang.NumberFormatException: For input string: \"" + text + "\" (totalQuantity)");
    }

    @Test
    void aHugeValueIsQuotedShortened() {
        String huge = "9".repeat(100_000) + "x";

        RequestRejected rejected = catchThrowableOfType(RequestRejected.class, () -> RequestFields.decimal("size", huge));

        assertThat(rejected.text(1)).hasSizeLessThan(300).contains("9".repeat(100) + "…");
    }

    @Test
    void datesAreReadFromYyyymmddNumbers() {
        assertThat(RequestFields.date("REQ_EXECUTIONS", "specificDates", 20250106)).isEqualTo(LocalDate.of(2025, 1, 6));
        assertThat(RequestFields.date("REQ_EXECUTIONS", "specificDates", 20240229)).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, -1, 20251345, 20250230, 20230229, 99999999, 100000101, Integer.MIN_VALUE, Integer.MAX_VALUE, 9991231})
    void aNumberThatIsNotADateIs321(int value) {
        RequestRejected rejected = catchThrowableOfType(RequestRejected.class,
                () -> RequestFields.date("REQ_EXECUTIONS", "specificDates", value));

        assertThat(rejected.code()).isEqualTo(321);
        assertThat(rejected.text(7)).isEqualTo("Error validating request.-'REQ_EXECUTIONS' : cause - specificDates " + value
                + " is not a date in the form yyyymmdd");
    }
}
