package org.fitsflow.system.process;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A process owner's edits in Camunda Modeler, made to the repository's files for the tests. */
final class ModelEdits {

	private ModelEdits() {
	}

	/** A file of the repository (bpmn/x.bpmn, dmn/x.dmn, forms/x.form), as the process owner opens it. */
	static byte[] repositoryFile(String name) {
		try {
			return Files.readAllBytes(Path.of(name));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String text(String name) {
		return new String(repositoryFile(name), StandardCharsets.UTF_8);
	}

	/** The file with one piece of text replaced; fails if the text is not there exactly once. */
	static byte[] replace(String name, String before, String after) {
		String text = text(name);
		int at = text.indexOf(before);
		if (at < 0 || text.indexOf(before, at + 1) >= 0) {
			throw new IllegalArgumentException("'" + before + "' is not in " + name + " exactly once");
		}
		return (text.substring(0, at) + after + text.substring(at + before.length())).getBytes(StandardCharsets.UTF_8);
	}

	/** The file with every occurrence replaced. */
	static byte[] replaceAll(String name, String before, String after) {
		String text = text(name);
		if (!text.contains(before)) {
			throw new IllegalArgumentException("'" + before + "' is not in " + name);
		}
		return text.replace(before, after).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A BPMN file without some elements (and their sequence flows, lane entries and diagram shapes), with one flow
	 * pointed at a new target: what a process owner does when they take steps out.
	 */
	static byte[] withoutElements(String name, Set<String> ids, String flowId, String newTarget) {
		try {
			var factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(repositoryFile(name)));
			List<Element> remove = new ArrayList<>();
			NodeList all = document.getElementsByTagNameNS("*", "*");
			for (int i = 0; i < all.getLength(); i++) {
				Element element = (Element) all.item(i);
				boolean gone = ids.contains(element.getAttribute("id"))
						|| ids.contains(element.getAttribute("sourceRef")) || ids.contains(element.getAttribute("targetRef"))
						|| ids.contains(element.getAttribute("bpmnElement"));
				if (gone && !flowId.equals(element.getAttribute("id")) && !flowId.equals(element.getAttribute("bpmnElement"))) {
					remove.add(element);
				}
				if (flowId.equals(element.getAttribute("id"))) {
					element.setAttribute("targetRef", newTarget);
				}
			}
			Set<String> removedFlows = new java.util.HashSet<>();
			for (Element element : remove) {
				if (element.getLocalName().equals("sequenceFlow")) {
					removedFlows.add(element.getAttribute("id"));
				}
			}
			for (Element element : remove) {
				element.getParentNode().removeChild(element);
			}
			// incoming/outgoing references to the removed flows
			NodeList refs = document.getElementsByTagNameNS("*", "*");
			List<Element> dangling = new ArrayList<>();
			for (int i = 0; i < refs.getLength(); i++) {
				Element element = (Element) refs.item(i);
				String local = element.getLocalName();
				if ((local.equals("incoming") || local.equals("outgoing"))
						&& removedFlows.contains(element.getTextContent().trim())) {
					dangling.add(element);
				}
				if (local.equals("flowNodeRef") && ids.contains(element.getTextContent().trim())) {
					dangling.add(element); // the lane that held a removed element
				}
				if (local.equals("BPMNEdge") && removedFlows.contains(element.getAttribute("bpmnElement"))) {
					dangling.add(element);
				}
			}
			for (Element element : dangling) {
				element.getParentNode().removeChild(element);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
			return out.toByteArray();
		}
		catch (Exception e) {
			throw new IllegalStateException("Cannot edit " + name, e);
		}
	}
}
