package io.tws4j.scanner;

import io.tws4j.contracts.Contract;
import java.util.Comparator;
import java.util.List;

/**
 * One answer of a scanner subscription: the rows that match now, best first. TWS sends a new
 * result whenever it scans again (about every 30 seconds), each replacing the last.
 *
 * {@snippet :
 * ScanResult result = scan.data().iterator().next();
 * result.rows().forEach(row -> System.out.println(row.rank() + ". " + row.contract().symbol()));
 * }
 *
 * @param rows the rows in rank order
 */
public record ScanResult(List<ScanRow> rows) {

    public ScanResult {
        rows = rows.stream().sorted(Comparator.comparingInt(ScanRow::rank)).toList();
    }

    /** Returns the contracts in rank order. */
    public List<Contract> contracts() {
        return rows.stream().map(ScanRow::contract).toList();
    }

    /** Returns the symbols in rank order. */
    public List<String> symbols() {
        return rows.stream().map(row -> row.contract().symbol()).toList();
    }

    /** Returns whether nothing matched. */
    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
