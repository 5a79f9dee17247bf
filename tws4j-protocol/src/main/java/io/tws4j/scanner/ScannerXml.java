package io.tws4j.scanner;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the parts of TWS's scanner parameters XML that {@link ScannerParameters} shows:
 * {@code InstrumentList/Instrument}, the nested {@code LocationTree/Location},
 * {@code ScanTypeList/ScanType} and the filters of {@code FilterList}. DTDs and external
 * entities are refused: the XML comes over the network.
 */
final class ScannerXml {
    private static final String ROOT = "ScanParameterResponse";
    /** Reports problems by throwing, instead of the JDK's default of also printing them. */
    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private ScannerXml() {}

    static ScannerParameters parse(String xml) {
        Element root = document(xml).getDocumentElement();
        if (!root.getTagName().equals(ROOT)) {
            throw new IllegalArgumentException("scanner parameters XML has root <" + root.getTagName() + ">, not <" + ROOT + ">");
        }
        List<ScannerLocation> locations = new ArrayList<>();
        for (Element tree : children(root, "LocationTree")) {
            readLocations(tree, "", locations);
        }
        return new ScannerParameters(xml, instruments(root), locations, scanTypes(root), filters(root));
    }

    private static Document document(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(QUIET);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("scanner parameters are not well-formed XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured safely", e);
        }
    }

    private static List<ScannerInstrument> instruments(Element root) {
        List<ScannerInstrument> instruments = new ArrayList<>();
        for (Element list : children(root, "InstrumentList")) {
            for (Element instrument : children(list, "Instrument")) {
                instruments.add(new ScannerInstrument(text(instrument, "type"), text(instrument, "name"),
                        commaList(text(instrument, "filters"))));
            }
        }
        return instruments;
    }

    private static void readLocations(Element tree, String parentCode, List<ScannerLocation> into) {
        for (Element location : children(tree, "Location")) {
            String code = text(location, "locationCode");
            into.add(new ScannerLocation(code, text(location, "displayName"), commaList(text(location, "instruments")),
                    parentCode));
            for (Element subtree : children(location, "LocationTree")) {
                readLocations(subtree, code, into);
            }
        }
    }

    private static List<ScanType> scanTypes(Element root) {
        List<ScanType> types = new ArrayList<>();
        for (Element list : children(root, "ScanTypeList")) {
            for (Element type : children(list, "ScanType")) {
                types.add(new ScanType(ScanCode.of(text(type, "scanCode")), text(type, "displayName"),
                        commaList(text(type, "instruments"))));
            }
        }
        return types;
    }

    /** Every child of FilterList is a filter (RangeFilter, SimpleFilter, TripleComboFilter ...), its fields AbstractFields. */
    private static List<ScannerFilter> filters(Element root) {
        List<ScannerFilter> filters = new ArrayList<>();
        for (Element list : children(root, "FilterList")) {
            for (Element filter : children(list, null)) {
                List<String> codes = children(filter, "AbstractField").stream()
                        .map(field -> text(field, "code"))
                        .filter(code -> !code.isEmpty())
                        .toList();
                filters.add(new ScannerFilter(text(filter, "id"), text(filter, "category"), codes));
            }
        }
        return filters;
    }

    /** The child elements named {@code name} (all child elements for null), in document order. */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && (name == null || element.getTagName().equals(name))) {
                found.add(element);
            }
        }
        return found;
    }

    /** The stripped text of the first child element named {@code name}, or empty. */
    private static String text(Element parent, String name) {
        List<Element> matches = children(parent, name);
        return matches.isEmpty() ? "" : matches.getFirst().getTextContent().strip();
    }

    private static List<String> commaList(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }
}
