package io.tws4j.cli.demo;

import io.tws4j.client.TwsClient;
import io.tws4j.contracts.Contract;
import io.tws4j.historical.Bar;
import io.tws4j.historical.BarSize;
import io.tws4j.historical.HistoricalBars;
import io.tws4j.historical.HistoricalDuration;
import io.tws4j.historical.MarketHours;
import io.tws4j.historical.WhatToShow;
import java.time.Instant;

/** Historical data, as the rust-ibapi README asks for it: AAPL's hourly bars of the day ending 2023-04-11 20:00 UTC. */
final class HistoricalDataStep implements DemoStep {

    @Override
    public String title() {
        return "Historical data";
    }

    @Override
    public void run(TwsClient client, DemoOutput out) {
        HistoricalBars bars = client.historicalData(Contract.stock("AAPL").build(), BarSize.HOURS_1)
                .endingAt(Instant.parse("2023-04-11T20:00:00Z"))
                .duration(HistoricalDuration.days(1))
                .whatToShow(WhatToShow.TRADES)
                .tradingHours(MarketHours.REGULAR)
                .fetch();
        out.fact("AAPL hourly bars", "1 D ending 2023-04-11 20:00 UTC, trades, regular hours");
        out.fact("start", bars.start());
        out.fact("end", bars.end());
        for (Bar bar : bars.bars()) {
            out.line(String.format("%s  open %.2f  high %.2f  low %.2f  close %.2f  volume %s  wap %.4f  trades %d",
                    bar.time(), bar.open(), bar.high(), bar.low(), bar.close(), bar.volume().toPlainString(), bar.wap(), bar.count()));
        }
    }
}
