package io.tws4j.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnectionTimeTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"America/New_York, America/New_York", "US/Eastern, US/Eastern", "EST, America/New_York",
            "PST, America/Los_Angeles", "China Standard Time, Asia/Shanghai", "Eastern Standard Time, America/New_York",
            "JST, Asia/Tokyo", "GMT, GMT", "UTC, UTC", "Europe/London, Europe/London", "HKT, Asia/Hong_Kong"})
    void mapsTheNamesGatewaysSend(String name, String zone) {
        assertThat(TwsTimeZones.resolve(name)).contains(ZoneId.of(zone));
    }

    @Test
    void unknownNamesAreEmptyAndConfiguredAliasesWin() {
        assertThat(TwsTimeZones.resolve("Nowhere Standard Time")).isEmpty();
        System.setProperty(TwsTimeZones.ALIASES_PROPERTY, "Nowhere Standard Time=Pacific/Auckland");
        try {
            assertThat(TwsTimeZones.resolve("Nowhere Standard Time")).contains(ZoneId.of("Pacific/Auckland"));
        } finally {
            System.clearProperty(TwsTimeZones.ALIASES_PROPERTY);
        }
    }

    @Test
    void parsesAZoneNameWithSpaces() {
        ConnectionTime time = ConnectionTime.parse("20230405 22:20:39 China Standard Time");

        assertThat(time.localTime()).isEqualTo(LocalDateTime.of(2023, 4, 5, 22, 20, 39));
        assertThat(time.zoneName()).isEqualTo("China Standard Time");
        assertThat(time.zonedTime()).contains(ZonedDateTime.of(2023, 4, 5, 22, 20, 39, 0, ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void formatsAsAGatewayDoesAndParsesBack() {
        ZonedDateTime time = ZonedDateTime.of(2025, 1, 2, 9, 30, 0, 0, ZoneId.of("America/New_York"));

        assertThat(ConnectionTime.format(time)).isEqualTo("20250102 09:30:00 America/New_York");
        assertThat(ConnectionTime.parse(ConnectionTime.format(time)).zonedTime()).contains(time);
    }

    @Test
    void rejectsTextThatIsNotAConnectionTime() {
        assertThatThrownBy(() -> ConnectionTime.parse("yesterday")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConnectionTime.parse("2023-04-05 22:20:39 EST")).isInstanceOf(IllegalArgumentException.class);
    }
}
