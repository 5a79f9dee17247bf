package io.tws4j.cli.historical;

import io.tws4j.historical.Bar;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.function.Function;
import java.util.Date;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.CandlestickRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.DefaultHighLowDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A PNG candlestick chart with volume underneath, drawn with JFreeChart (headless). Bars sit at
 * their index, not their time, so that nights and weekends leave no gaps; the axis labels name
 * each bar's time.
 */
final class CandlestickChart {
    static final int WIDTH = 1000;
    static final int HEIGHT = 600;
    private static final Color RISING = new Color(0x26, 0xA6, 0x9A);
    private static final Color FALLING = new Color(0xEF, 0x53, 0x50);

    private CandlestickChart() {}

    /** Writes the chart of {@code bars} (at least one) to {@code file}, each bar's axis label made by {@code label}. */
    static void write(Path file, String title, List<Bar> bars, Function<Bar, String> label)
            throws IOException {
        System.setProperty("java.awt.headless", "true");
        int count = bars.size();
        Date[] dates = new Date[count];
        double[] open = new double[count];
        double[] high = new double[count];
        double[] low = new double[count];
        double[] close = new double[count];
        double[] volume = new double[count];
        XYSeries volumes = new XYSeries("volume");
        for (int i = 0; i < count; i++) {
            Bar bar = bars.get(i);
            dates[i] = new Date(i); // the bar's index: see the class comment
            open[i] = bar.open();
            high[i] = bar.high();
            low[i] = bar.low();
            close[i] = bar.close();
            volume[i] = bar.volume().doubleValue();
            volumes.add(i, volume[i]);
        }
        NumberAxis time = new NumberAxis();
        time.setTickUnit(new NumberTickUnit(Math.max(1, (count + 7) / 8))); // about eight labels: they are wide
        time.setAutoRangeIncludesZero(false);
        time.setLowerMargin(0.02);
        time.setUpperMargin(0.02);
        time.setNumberFormatOverride(new NumberFormat() {
            @Override
            public StringBuffer format(double number, StringBuffer out, FieldPosition position) {
                int index = (int) Math.round(number);
                return out.append(index >= 0 && index < count && Math.abs(number - index) < 1e-9 ? label.apply(bars.get(index)) : "");
            }

            @Override
            public StringBuffer format(long number, StringBuffer out, FieldPosition position) {
                return format((double) number, out, position);
            }

            @Override
            public Number parse(String source, ParsePosition position) {
                throw new UnsupportedOperationException("labels only");
            }
        });

        NumberAxis price = new NumberAxis("price");
        price.setAutoRangeIncludesZero(false);
        CandlestickRenderer candles = new CandlestickRenderer();
        candles.setUpPaint(RISING);
        candles.setDownPaint(FALLING);
        candles.setUseOutlinePaint(false);
        candles.setDefaultStroke(new BasicStroke(1f));
        candles.setSeriesPaint(0, Color.DARK_GRAY);
        candles.setAutoWidthGap(2);
        candles.setDrawVolume(false);
        XYPlot prices = new XYPlot(new DefaultHighLowDataset(title, dates, high, low, open, close, volume), null, price, candles);

        XYSeriesCollection volumeData = new XYSeriesCollection(volumes);
        volumeData.setIntervalWidth(0.6);
        XYBarRenderer volumeBars = new XYBarRenderer();
        volumeBars.setBarPainter(new StandardXYBarPainter());
        volumeBars.setShadowVisible(false);
        volumeBars.setSeriesPaint(0, new Color(0x78, 0x90, 0x9C));
        NumberAxis volumeAxis = new NumberAxis("volume");
        XYPlot volumePlot = new XYPlot(volumeData, null, volumeAxis, volumeBars);

        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        plot.setGap(8);
        plot.add(prices, 3);
        plot.add(volumePlot, 1);
        for (XYPlot part : List.of(prices, volumePlot)) {
            part.setBackgroundPaint(Color.WHITE);
            part.setDomainGridlinePaint(new Color(0xE0, 0xE0, 0xE0));
            part.setRangeGridlinePaint(new Color(0xE0, 0xE0, 0xE0));
        }
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }
}
