package io.tws4j.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parsed view of TWS's scanner parameters XML: what it reads, what it skips, what it refuses. */
class ScannerParametersTest {
    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ScanParameterResponse>
              <InstrumentList varName="instrumentList">
                <Instrument>
                  <name>US Stocks</name>
                  <type>STK</type>
                  <filters>PRICE,VOLUME, STKTYPE</filters>
                  <group>STK.GLOBAL</group>
                </Instrument>
                <Instrument><name>European Stocks</name><type>STOCK.EU</type><filters>PRICE</filters></Instrument>
              </InstrumentList>
              <LocationTree varName="locationTree">
                <Location>
                  <displayName>US Stocks</displayName>
                  <locationCode>STK.US</locationCode>
                  <instruments>STK</instruments>
                  <routeExchange>SMART</routeExchange>
                  <LocationTree>
                    <Location>
                      <displayName>Listed/NASDAQ</displayName>
                      <locationCode>STK.US.MAJOR</locationCode>
                      <instruments>STK</instruments>
                      <LocationTree>
                        <Location><displayName>NYSE</displayName><locationCode>STK.NYSE</locationCode><instruments>STK</instruments></Location>
                      </LocationTree>
                    </Location>
                  </LocationTree>
                </Location>
                <Location><displayName>Europe</displayName><locationCode>STK.EU</locationCode><instruments>STOCK.EU</instruments></Location>
              </LocationTree>
              <ScanTypeList varName="scanTypeList">
                <ScanType>
                  <displayName>Top % Gainers</displayName>
                  <scanCode>TOP_PERC_GAIN</scanCode>
                  <instruments>STK,STOCK.EU</instruments>
                  <Columns><Column><colId>3</colId></Column></Columns>
                </ScanType>
                <ScanType><displayName>Most Active</displayName><scanCode>MOST_ACTIVE</scanCode><instruments>STK</instruments></ScanType>
              </ScanTypeList>
              <FilterList varName="filterList">
                <RangeFilter>
                  <id>PRICE</id>
                  <category>Price</category>
                  <AbstractField type="scanner.filter.DoubleField"><code>priceAbove</code><displayName>Price Above</displayName></AbstractField>
                  <AbstractField type="scanner.filter.DoubleField"><code>priceBelow</code><displayName>Price Below</displayName></AbstractField>
                </RangeFilter>
                <SimpleFilter>
                  <id>STKTYPE</id>
                  <AbstractField type="scanner.filter.ComboField"><code>stkTypes</code></AbstractField>
                </SimpleFilter>
              </FilterList>
              <SettingList><AbstractField><code>ignored</code></AbstractField></SettingList>
            </ScanParameterResponse>
            """;

    @Test
    void readsInstrumentsLocationsScanTypesAndFilters() {
        ScannerParameters parameters = ScannerParameters.parse(XML);

        assertThat(parameters.xml()).isEqualTo(XML);
        assertThat(parameters.instruments()).containsExactly(
                new ScannerInstrument("STK", "US Stocks", List.of("PRICE", "VOLUME", "STKTYPE")),
                new ScannerInstrument("STOCK.EU", "European Stocks", List.of("PRICE")));
        assertThat(parameters.scanCodes()).containsExactly(ScanCode.TOP_PERC_GAIN, ScanCode.MOST_ACTIVE);
        assertThat(parameters.scanType(ScanCode.TOP_PERC_GAIN)).hasValueSatisfying(type -> {
            assertThat(type.displayName()).isEqualTo("Top % Gainers");
            assertThat(type.instruments()).containsExactly("STK", "STOCK.EU");
        });
        assertThat(parameters.filter("PRICE")).hasValueSatisfying(filter -> {
            assertThat(filter.category()).isEqualTo("Price");
            assertThat(filter.codes()).containsExactly("priceAbove", "priceBelow");
        });
        assertThat(parameters.filter("STKTYPE").orElseThrow().codes()).containsExactly("stkTypes");
    }

    @Test
    void flattensTheLocationTreeParentsFirst() {
        ScannerParameters parameters = ScannerParameters.parse(XML);

        assertThat(parameters.locations()).extracting(ScannerLocation::code)
                .containsExactly("STK.US", "STK.US.MAJOR", "STK.NYSE", "STK.EU");
        assertThat(parameters.location("STK.NYSE").orElseThrow().parentCode()).isEqualTo("STK.US.MAJOR");
        assertThat(parameters.location("STK.US").orElseThrow().parentCode()).isEmpty();
        assertThat(parameters.locationsFor("STOCK.EU")).extracting(ScannerLocation::displayName).containsExactly("Europe");
    }

    @Test
    void anEmptyResponseIsAnEmptyView() {
        ScannerParameters empty = ScannerParameters.parse("<ScanParameterResponse><InstrumentList/></ScanParameterResponse>");

        assertThat(empty.instruments()).isEmpty();
        assertThat(empty.scanTypes()).isEmpty();
        assertThat(empty.instrument("STK")).isEmpty();
    }

    @Test
    void refusesWhatIsNotScannerParameters() {
        assertThatThrownBy(() -> ScannerParameters.parse("<ScanParameterResponse><oops></ScanParameterResponse>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not well-formed XML");
        assertThatThrownBy(() -> ScannerParameters.parse("<Other/>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("root <Other>");
        assertThatThrownBy(() -> ScannerParameters.parse(""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesDocumentTypesSoNoEntityIsExpanded() {
        String external = """
                <?xml version="1.0"?>
                <!DOCTYPE ScanParameterResponse [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <ScanParameterResponse><ScanTypeList><ScanType><scanCode>&secret;</scanCode></ScanType></ScanTypeList></ScanParameterResponse>
                """;

        assertThatThrownBy(() -> ScannerParameters.parse(external)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DOCTYPE");
    }
}
