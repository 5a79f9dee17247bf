package io.tws4j.simulator.scanner;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the catalog as TWS's scanner parameters XML: a {@code ScanParameterResponse} with an
 * {@code InstrumentList}, a nested {@code LocationTree}, a {@code ScanTypeList} and a
 * {@code FilterList} of range filters whose {@code AbstractField}s carry the filter tags. A
 * realistic subset of TWS's structure; TWS's own XML has many more elements of each kind.
 */
final class ScannerParametersXml {

    private ScannerParametersXml() {}

    static String write() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ScanParameterResponse>\n");
        instruments(xml);
        xml.append("  <LocationTree varName=\"locationTree\">\n");
        ScannerCatalog.children("").forEach(location -> location(xml, location, 2));
        xml.append("  </LocationTree>\n");
        scanTypes(xml);
        filters(xml);
        return xml.append("</ScanParameterResponse>\n").toString();
    }

    private static void instruments(StringBuilder xml) {
        String filterIds = ScannerCatalog.FILTERS.stream().map(ScannerCatalog.Filter::id).collect(Collectors.joining(","));
        xml.append("  <InstrumentList varName=\"instrumentList\">\n");
        for (ScannerCatalog.InstrumentType instrument : ScannerCatalog.INSTRUMENTS) {
            xml.append("    <Instrument>\n");
            element(xml, 3, "name", instrument.name());
            element(xml, 3, "type", instrument.type());
            element(xml, 3, "filters", filterIds);
            xml.append("    </Instrument>\n");
        }
        xml.append("  </InstrumentList>\n");
    }

    private static void location(StringBuilder xml, ScannerCatalog.Location location, int depth) {
        String indent = "  ".repeat(depth);
        xml.append(indent).append("<Location>\n");
        element(xml, depth + 1, "displayName", location.displayName());
        element(xml, depth + 1, "locationCode", location.code());
        element(xml, depth + 1, "instruments", location.instrument());
        element(xml, depth + 1, "routeExchange", "SMART");
        List<ScannerCatalog.Location> children = ScannerCatalog.children(location.code());
        if (!children.isEmpty()) {
            xml.append(indent).append("  <LocationTree varName=\"locationTree\">\n");
            children.forEach(child -> location(xml, child, depth + 2));
            xml.append(indent).append("  </LocationTree>\n");
        }
        xml.append(indent).append("</Location>\n");
    }

    private static void scanTypes(StringBuilder xml) {
        String instruments = ScannerCatalog.INSTRUMENTS.stream().map(ScannerCatalog.InstrumentType::type)
                .collect(Collectors.joining(","));
        xml.append("  <ScanTypeList varName=\"scanTypeList\">\n");
        for (SimulatedScan scan : SimulatedScan.values()) {
            xml.append("    <ScanType>\n");
            element(xml, 3, "displayName", scan.displayName());
            element(xml, 3, "scanCode", scan.name());
            element(xml, 3, "instruments", instruments);
            element(xml, 3, "absoluteColumns", "false");
            xml.append("    </ScanType>\n");
        }
        xml.append("  </ScanTypeList>\n");
    }

    private static void filters(StringBuilder xml) {
        xml.append("  <FilterList varName=\"filterList\">\n");
        for (ScannerCatalog.Filter filter : ScannerCatalog.FILTERS) {
            xml.append("    <RangeFilter>\n");
            element(xml, 3, "id", filter.id());
            element(xml, 3, "category", filter.category());
            for (String code : filter.codes()) {
                xml.append("      <AbstractField type=\"scanner.filter.DoubleField\">\n");
                element(xml, 4, "code", code);
                element(xml, 4, "displayName", displayName(code));
                xml.append("      </AbstractField>\n");
            }
            xml.append("    </RangeFilter>\n");
        }
        xml.append("  </FilterList>\n");
    }

    /** {@code changePercAbove} reads "Change Perc Above". */
    private static String displayName(String code) {
        String spaced = code.replace("1e6", " (millions)").replaceAll("([a-z])([A-Z])", "$1 $2");
        return Arrays.stream(spaced.split(" "))
                .map(word -> word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining(" "));
    }

    private static void element(StringBuilder xml, int depth, String name, String text) {
        xml.append("  ".repeat(depth)).append('<').append(name).append('>').append(escape(text))
                .append("</").append(name).append(">\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
