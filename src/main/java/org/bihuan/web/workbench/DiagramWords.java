package org.bihuan.web.workbench;

import org.bihuan.lifecycle.CaseDiagram;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Set;

/**
 * The names a case's diagram shows, in the page's language: each drawn element's name (a step, an event, a gateway, a
 * flow's condition) becomes the bundles' {@code workbench.diagram.<process key>.<element id>}; an element without a
 * key keeps the model's own name. The model itself is not changed, only the copy the page draws.
 */
@Component
class DiagramWords {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    /** The BPMN elements bpmn-js draws with their name. */
    static final Set<String> DRAWN = Set.of("startEvent", "endEvent", "userTask", "serviceTask", "businessRuleTask", "receiveTask",
            "sendTask", "scriptTask", "manualTask", "task", "exclusiveGateway", "parallelGateway", "inclusiveGateway",
            "eventBasedGateway", "boundaryEvent", "intermediateCatchEvent", "intermediateThrowEvent", "subProcess", "callActivity",
            "sequenceFlow");

    private final MessageSource messages;

    DiagramWords(MessageSource messages) {
        this.messages = messages;
    }

    CaseDiagram localized(CaseDiagram diagram) {
        return new CaseDiagram(diagram.caseNo(), diagram.processDefinitionKey(), diagram.processDefinitionId(),
                localized(diagram.processDefinitionKey(), diagram.bpmnXml()), diagram.passed(), diagram.current());
    }

    String localized(String processKey, String xml) {
        try {
            Document model = parser().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            Locale locale = LocaleContextHolder.getLocale();
            NodeList all = model.getElementsByTagNameNS(BPMN, "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element element = (Element) all.item(i);
                if (DRAWN.contains(element.getLocalName()) && element.hasAttribute("name") && element.hasAttribute("id")) {
                    element.setAttribute("name", messages.getMessage(key(processKey, element.getAttribute("id")), null,
                            element.getAttribute("name"), locale));
                }
            }
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(model), new StreamResult(out));
            return out.toString();
        } catch (Exception unreadable) {
            throw new IllegalStateException("the model of " + processKey + " is not readable XML", unreadable);
        }
    }

    static String key(String processKey, String elementId) {
        return "workbench.diagram." + processKey + "." + elementId;
    }

    /** Namespace-aware, and without DTDs or external entities: a model is our own, but XML is read safely anyway. */
    private static DocumentBuilderFactory parser() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }
}
