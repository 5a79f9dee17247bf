package io.tws4j.cli.historical;

import io.tws4j.cli.Style;
import io.tws4j.cli.marketdata.Numbers;
import io.tws4j.historical.Bar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A candlestick chart in text: one column per bar (neighbouring bars merged when there are more
 * than the width; a blank column between bars when there is room), bodies as full blocks ({@code █} rising, {@code ▒} falling, green and red on a
 * terminal), wicks as {@code │}, a price scale on the left and a row of volume in eighth blocks
 * underneath.
 */
final class TerminalChart {
    private static final String LEVELS = " ▁▂▃▄▅▆▇█";
    private static final int SCALE_WIDTH = 10;

    private TerminalChart() {}

    /** The chart's lines, {@code height} rows of candles plus the volume row. */
    static List<String> render(List<Bar> bars, int width, int height, Style style) {
        int room = Math.max(1, width - SCALE_WIDTH - 2);
        List<Bar> columns = merge(bars, room);
        String gap = columns.size() * 2 <= room ? " " : "";
        double high = columns.stream().mapToDouble(Bar::high).max().orElse(1);
        double low = columns.stream().mapToDouble(Bar::low).min().orElse(0);
        double step = high > low ? (high - low) / height : 1;
        List<String> lines = new ArrayList<>();
        for (int row = 0; row < height; row++) {
            double top = high - row * step;
            double bottom = top - step;
            StringBuilder line = new StringBuilder();
            String label = row == 0 ? Numbers.price(high) : row == height - 1 ? Numbers.price(low)
                    : row == height / 2 ? Numbers.price((high + low) / 2) : "";
            line.append(String.format("%" + SCALE_WIDTH + "s ┤", label));
            for (Bar bar : columns) {
                boolean rising = bar.close() >= bar.open();
                double bodyTop = Math.max(bar.open(), bar.close());
                double bodyBottom = Math.min(bar.open(), bar.close());
                String cell;
                if (bodyTop >= bottom && bodyBottom <= top) {
                    cell = rising ? style.green("█") : style.red(style.isTerminal() ? "█" : "▒");
                } else if (bar.high() >= bottom && bar.low() <= top) {
                    cell = "│";
                } else {
                    cell = " ";
                }
                line.append(cell).append(gap);
            }
            lines.add(line.toString());
        }
        lines.add(" ".repeat(SCALE_WIDTH) + " └" + "─".repeat(columns.size() * (1 + gap.length())));
        lines.add(String.format("%" + SCALE_WIDTH + "s  ", "volume") + volumeRow(columns, gap));
        return lines;
    }

    private static String volumeRow(List<Bar> columns, String gap) {
        double most = columns.stream().mapToDouble(bar -> bar.volume().doubleValue()).max().orElse(0);
        StringBuilder row = new StringBuilder();
        for (Bar bar : columns) {
            int level = most <= 0 ? 0 : (int) Math.round(bar.volume().doubleValue() / most * (LEVELS.length() - 1));
            row.append(LEVELS.charAt(Math.max(bar.volume().signum() > 0 ? 1 : 0, level))).append(gap);
        }
        return row.toString();
    }

    /** Merges neighbouring bars so that at most {@code width} remain. */
    static List<Bar> merge(List<Bar> bars, int width) {
        if (bars.size() <= width) {
            return bars;
        }
        List<Bar> merged = new ArrayList<>();
        for (int column = 0; column < width; column++) {
            int from = (int) ((long) column * bars.size() / width);
            int to = (int) ((long) (column + 1) * bars.size() / width);
            List<Bar> group = bars.subList(from, Math.max(to, from + 1));
            double high = group.stream().mapToDouble(Bar::high).max().orElseThrow();
            double low = group.stream().mapToDouble(Bar::low).min().orElseThrow();
            BigDecimal volume = group.stream().map(Bar::volume).reduce(BigDecimal.ZERO, BigDecimal::add);
            Bar first = group.getFirst();
            merged.add(new Bar(first.time(), first.open(), high, low, group.getLast().close(), volume, first.wap(), first.count()));
        }
        return merged;
    }
}
