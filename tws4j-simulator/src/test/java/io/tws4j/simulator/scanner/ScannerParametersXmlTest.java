package io.tws4j.simulator.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.scanner.ScanCode;
import io.tws4j.scanner.ScannerLocation;
import io.tws4j.scanner.ScannerParameters;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The simulator's scanner parameters XML describes exactly what it scans, in TWS's structure. */
class ScannerParametersXmlTest {
    private final ScannerParameters parameters = ScannerParameters.parse(ScannerParametersXml.write());

    @Test
    void listsEveryScanTheSimulatorRuns() {
        assertThat(parameters.scanCodes()).hasSizeGreaterThanOrEqualTo(8).containsExactlyElementsOf(
                Arrays.stream(SimulatedScan.values()).map(scan -> ScanCode.of(scan.name())).toList());
        assertThat(parameters.scanType(ScanCode.TOP_PERC_GAIN).orElseThrow().displayName()).isEqualTo("Top % Gainers");
        assertThat(parameters.scanType(ScanCode.HOT_BY_VOLUME).orElseThrow().instruments()).contains("STK", "STOCK.HK");
    }

    @Test
    void describesTheInstrumentsAndTheLocationTree() {
        assertThat(parameters.instruments()).extracting(instrument -> instrument.type())
                .containsExactly("STK", "ETF.EQ.US", "STOCK.EU", "STOCK.HK");
        assertThat(parameters.locationsFor("STK")).extracting(ScannerLocation::code)
                .containsExactly("STK.US", "STK.US.MAJOR", "STK.NYSE", "STK.NASDAQ", "STK.ARCA");
        assertThat(parameters.location("STK.NASDAQ").orElseThrow().parentCode()).isEqualTo("STK.US.MAJOR");
        assertThat(parameters.location("STK.HK.TSE_JPN").orElseThrow().displayName()).isEqualTo("Tokyo Stock Exchange");
    }

    @Test
    void namesTheFilterTagsItAccepts() {
        assertThat(parameters.filter("PRICE").orElseThrow().codes()).containsExactly("priceAbove", "priceBelow");
        assertThat(parameters.filters()).flatExtracting(filter -> filter.codes())
                .allSatisfy(code -> assertThat(ScannerCatalog.isFilterTag(code)).isTrue())
                .contains("marketCapAbove1e6", "changePercAbove");
        assertThat(parameters.instrument("STK").orElseThrow().filters()).contains("PRICE", "MKTCAP_USD");
    }
}
