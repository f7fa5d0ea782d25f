package io.servicebalance.simulation.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A stored chart's SVG, ready to be placed in a page as markup: only when it parses as XML without a DTD and holds
 * nothing that runs (no script or foreignObject element, no event attribute, no javascript: link). Text in the charts
 * (such as a scenario's name) is escaped by the SVG renderer; this check keeps a page safe even if it were not.
 */
final class InlineSvg {

    private InlineSvg() {
    }

    /** The {@code <svg>} element's markup, scalable to its container; null when absent or not safe to inline. */
    static String of(byte[] document) {
        if (document == null) {
            return null;
        }
        String text = new String(document, StandardCharsets.UTF_8);
        int start = text.indexOf("<svg");
        if (start < 0) {
            return null;
        }
        String svg = text.substring(start);
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
        } catch (Exception e) {
            return null;
        }
        if (!safe(root)) {
            return null;
        }
        if (!root.hasAttribute("viewBox") && !root.getAttribute("width").isEmpty()) {
            svg = "<svg viewBox=\"0 0 " + number(root.getAttribute("width")) + " "
                    + number(root.getAttribute("height")) + "\"" + svg.substring(4);
        }
        return svg;
    }

    private static String number(String length) {
        return length.replaceAll("[^0-9.]", "");
    }

    private static boolean safe(Node node) {
        if (node instanceof Element element) {
            String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
            if (name.equalsIgnoreCase("script") || name.equalsIgnoreCase("foreignObject")) {
                return false;
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node a = attributes.item(i);
                String attribute = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
                if (attribute.toLowerCase(Locale.ROOT).startsWith("on")
                        || a.getNodeValue().trim().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                    return false;
                }
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!safe(child)) {
                return false;
            }
        }
        return true;
    }
}
