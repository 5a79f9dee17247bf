package io.tws4j.simulator.scanner;

import io.tws4j.scanner.ScanResult;
import io.tws4j.scanner.ScanRow;
import io.tws4j.simulator.contracts.Instrument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Runs a scan at an instant: the stocks of its location that qualify and pass its filters, best first. */
final class ScanEngine {
    private final StockSnapshots snapshots;

    ScanEngine(StockSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    ScanResult run(ScanCriteria criteria, Instant now) {
        List<StockSnapshot> ranked = snapshots.at(now, stock -> ScannerCatalog.covers(criteria.location(), stock)).stream()
                .filter(criteria.scan()::qualifies)
                .filter(criteria.filter())
                .sorted(criteria.scan().ranking())
                .limit(criteria.rows())
                .toList();
        List<ScanRow> rows = new ArrayList<>(ranked.size());
        for (int rank = 0; rank < ranked.size(); rank++) {
            Instrument stock = ranked.get(rank).instrument();
            rows.add(ScanRow.of(rank, stock.contract(), stock.details().marketName()));
        }
        return new ScanResult(rows);
    }
}
