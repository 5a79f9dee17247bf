package io.tws4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code tws4j bars}: the table, the terminal chart, CSV, JSON and the PNG chart, on the embedded gateway. */
@Timeout(60)
class BarsCommandIT {
    /** Where the README's chart comes from: {@code docs/images/bars-aapl.png} is a copy of this file. */
    static final Path CHART = Path.of("target", "charts", "bars-aapl.png");

    @Test
    void tableAndTerminalChartOfHourlyBars() {
        CliRun run = CliRun.of("bars", "AAPL", "--bar", "1h", "--duration", "5d", "--end", "2026-11-18T15:00:00Z");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.getFirst()).matches("AAPL, 1 hour bars, trades, \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d to 2026-11-18 10:00 America/New_York");
        assertThat(lines.get(1)).matches("TIME\\s+OPEN\\s+HIGH\\s+LOW\\s+CLOSE\\s+VOLUME");
        long rows = lines.stream().filter(line -> line.matches("2026-11-\\d\\d \\d\\d:\\d\\d(\\s+\\d+\\.\\d\\d+){4}\\s+\\d+")).count();
        assertThat(rows).as("7 regular-hours bars a day over the 4 days before, and today's first (09:30 to 10:00)").isEqualTo(29);
        assertThat(lines).anyMatch(line -> line.matches("\\s+\\d+\\.\\d+ ┤.*[█▒].*"))
                .anyMatch(line -> line.matches("\\s+└─+"))
                .anyMatch(line -> line.matches("\\s+volume  ([▁▂▃▄▅▆▇█] ?)+"));
    }

    @Test
    void csvIsTheBarsAndNothingElse() {
        CliRun run = CliRun.of("bars", "AAPL", "--bar", "1d", "--duration", "1mo", "--csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("time,open,high,low,close,volume,wap,count");
        assertThat(lines.subList(1, lines.size())).hasSizeBetween(19, 23)
                .allMatch(line -> line.matches("2026-1[01]-\\d\\d(,\\d+\\.\\d+){4},\\d+,\\d+\\.\\d+,\\d+"));
    }

    @Test
    void jsonHasEveryBar() throws Exception {
        CliRun run = CliRun.of("bars", "MSFT", "--bar", "30m", "--duration", "1d", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("symbol").asText()).isEqualTo("MSFT");
        assertThat(root.get("timeZone").asText()).isEqualTo("America/New_York");
        JsonNode bars = root.get("bars");
        assertThat(bars).isNotEmpty();
        for (JsonNode bar : bars) {
            assertThat(bar.get("high").asDouble()).isGreaterThanOrEqualTo(bar.get("low").asDouble());
        }
    }

    @Test
    void pngCandlestickChartWithVolume() throws Exception {
        Files.deleteIfExists(CHART);

        CliRun run = CliRun.of("bars", "AAPL", "--bar", "1h", "--duration", "5d", "--end", "2026-11-18T15:00:00Z",
                "--chart", CHART.toString(), "--height", "0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("chart written to " + CHART);
        assertThat(Files.size(CHART)).isBetween(10_000L, 300_000L);
        BufferedImage image = ImageIO.read(CHART.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(600);
        Set<Integer> colours = new HashSet<>();
        int rising = 0;
        int falling = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                rising += rgb == 0x26A69A ? 1 : 0;
                falling += rgb == 0xEF5350 ? 1 : 0;
            }
        }
        assertThat(colours).as("not blank").hasSizeGreaterThan(10);
        assertThat(rising).as("rising candles drawn").isGreaterThan(50);
        assertThat(falling).as("falling candles drawn").isGreaterThan(50);
    }
}
