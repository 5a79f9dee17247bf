package io.tws4j.scanner;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What TWS can scan: its scanner parameters XML as sent, and a parsed view of the instruments,
 * locations, scan types and filters in it. TWS's XML is large (megabytes) and has more than
 * this view shows; {@link #xml()} keeps all of it.
 *
 * {@snippet :
 * ScannerParameters parameters = client.scannerParameters();
 * parameters.scanTypes().forEach(scan -> System.out.println(scan.code() + ": " + scan.displayName()));
 * List<ScannerLocation> us = parameters.locationsFor("STK");
 * }
 *
 * @param xml the XML as TWS sent it
 * @param instruments the instrument types, in TWS's order
 * @param locations every location of the location tree, parents before their children
 * @param scanTypes the scans, in TWS's order
 * @param filters the filters, in TWS's order
 */
public record ScannerParameters(String xml, List<ScannerInstrument> instruments, List<ScannerLocation> locations,
                                List<ScanType> scanTypes, List<ScannerFilter> filters) {

    public ScannerParameters {
        Objects.requireNonNull(xml, "xml");
        instruments = List.copyOf(instruments);
        locations = List.copyOf(locations);
        scanTypes = List.copyOf(scanTypes);
        filters = List.copyOf(filters);
    }

    /**
     * Parses TWS's scanner parameters XML. Elements the view does not know are skipped.
     *
     * @throws IllegalArgumentException if the text is not well-formed XML with a {@code ScanParameterResponse} root
     */
    public static ScannerParameters parse(String xml) {
        return ScannerXml.parse(xml);
    }

    /** Returns the codes of every scan, in TWS's order. */
    public List<ScanCode> scanCodes() {
        return scanTypes.stream().map(ScanType::code).toList();
    }

    /** Returns the scan type of a code, if TWS offers it. */
    public Optional<ScanType> scanType(ScanCode code) {
        return scanTypes.stream().filter(type -> type.code().equals(code)).findFirst();
    }

    /** Returns the instrument of a type code, e.g. {@code STK}. */
    public Optional<ScannerInstrument> instrument(String type) {
        return instruments.stream().filter(instrument -> instrument.type().equals(type)).findFirst();
    }

    /** Returns the location with a code, e.g. {@code STK.US.MAJOR}. */
    public Optional<ScannerLocation> location(String code) {
        return locations.stream().filter(location -> location.code().equals(code)).findFirst();
    }

    /** Returns the locations that apply to an instrument type. */
    public List<ScannerLocation> locationsFor(String instrumentType) {
        return locations.stream().filter(location -> location.instruments().contains(instrumentType)).toList();
    }

    /** Returns the filter with an id, e.g. {@code PRICE}. */
    public Optional<ScannerFilter> filter(String id) {
        return filters.stream().filter(filter -> filter.id().equals(id)).findFirst();
    }
}
