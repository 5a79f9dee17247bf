package io.tws4j.wsh.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The WSH JSON reader and writer: seeded round trips, the forms TWS sends, and named refusals. */
class JsonTest {
    private static final String[] STRINGS = {"", "wshe_ed", "After Market", "quote\"back\\slash", "tab\tnew\nline", "Ünïcode ✓", "\u0001"};

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void valuesSurviveWritingAndReading(long seed) {
        Object value = value(new SplittableRandom(seed), 3);

        assertThat(Json.parse(Json.write(value))).isEqualTo(value);
    }

    @Test
    void readsWhatWshSends() {
        Object parsed = Json.parse("""
                [ {"event_type":"wshe_ed","index_date":"20250130","data":{"time_of_day":"After Market",
                   "company":{"conid":265598,"contract":"AAPL"},"eps":-1.5e-2,"confirmed":true,"note":null}} ]
                """);

        Map<?, ?> event = (Map<?, ?>) ((List<?>) parsed).getFirst();
        Map<?, ?> data = (Map<?, ?>) event.get("data");
        assertThat(event.get("event_type")).isEqualTo("wshe_ed");
        assertThat(((Map<?, ?>) data.get("company")).get("conid")).isEqualTo(new BigDecimal("265598"));
        assertThat(data.get("eps")).isEqualTo(new BigDecimal("-1.5e-2"));
        assertThat(data.get("confirmed")).isEqualTo(true);
        assertThat(data.containsKey("note")).isFalse();
        assertThat(Json.parse("[1,null,\"\\u00e9\"]")).isEqualTo(Arrays.asList(new BigDecimal("1"), null, "é"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[1,]", "{\"a\" 1}", "{a:1}", "01", "1.", "tru", "\"open", "[1] x", "\"\\q\"", "\"\\u12\"", "{\"a\":1,}"})
    void refusesWhatIsNotJson(String text) {
        assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not JSON");
    }

    @Test
    void writesNumbersPlainAndObjectsInOrder() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("b", new BigDecimal("1E+3"));
        object.put("a", List.of(1, 2.5, "x"));

        assertThat(Json.write(object)).isEqualTo("{\"b\":1000,\"a\":[1,2.5,\"x\"]}");
    }

    private static Object value(SplittableRandom random, int depth) {
        int kind = random.nextInt(depth > 0 ? 7 : 4);
        return switch (kind) {
            case 0 -> STRINGS[random.nextInt(STRINGS.length)];
            case 1 -> BigDecimal.valueOf(random.nextLong(-1_000_000, 1_000_000), random.nextInt(0, 4));
            case 2 -> random.nextBoolean();
            case 3 -> "s" + random.nextInt(100);
            case 4, 5 -> {
                Map<String, Object> object = new LinkedHashMap<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.put(STRINGS[random.nextInt(STRINGS.length)] + i, value(random, depth - 1));
                }
                yield object;
            }
            default -> {
                List<Object> array = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(value(random, depth - 1));
                }
                yield array;
            }
        };
    }
}
