package org.fitsflow.system.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * A deployment FITS Flow refused, with every finding. A {@link ParseException}, so the REST API answers 400 with the
 * message (what Camunda Modeler shows in its log) and the findings per file under {@code details}, as for the
 * engine's own parse errors. Nothing of the deployment is kept.
 */
public class ModelsRefused extends ParseException {

	private static final long serialVersionUID = 1L;

	private final transient List<ModelChecks.Finding> findings;

	ModelsRefused(List<ModelChecks.Finding> findings) {
		super(message(findings), findings.get(0).file(), List.of(), List.of());
		this.findings = List.copyOf(findings);
		Map<String, List<Problem>> byFile = new LinkedHashMap<>();
		for (ModelChecks.Finding finding : findings) {
			byFile.computeIfAbsent(finding.file(), f -> new ArrayList<>()).add(new Found(finding));
		}
		List<ResourceReport> reports = new ArrayList<>();
		byFile.forEach((file, problems) -> reports.add(new Report(file, List.copyOf(problems))));
		this.resorceReports = reports;
	}

	/** What was found, one line per finding. */
	public List<String> findings() {
		return findings.stream().map(ModelChecks.Finding::toString).toList();
	}

	private static String message(List<ModelChecks.Finding> findings) {
		StringBuilder message = new StringBuilder("FITS Flow refused this deployment, so nothing changed. Fix ")
			.append(findings.size() == 1 ? "this" : "these").append(" and deploy again:");
		for (ModelChecks.Finding finding : findings) {
			message.append("\n- ").append(finding);
		}
		return message.toString();
	}

	private record Report(String resourceName, List<Problem> errors) implements ResourceReport {
		@Override
		public String getResourceName() {
			return resourceName;
		}

		@Override
		public List<Problem> getErrors() {
			return errors;
		}

		@Override
		public List<Problem> getWarnings() {
			return List.of();
		}
	}

	private record Found(ModelChecks.Finding finding) implements Problem {
		@Override
		public String getMessage() {
			return finding.message();
		}

		@Override
		public int getLine() {
			return 0;
		}

		@Override
		public int getColumn() {
			return 0;
		}

		@Override
		public String getMainElementId() {
			return finding.elementId();
		}

		@Override
		public List<String> getElementIds() {
			return finding.elementId() == null ? List.of() : List.of(finding.elementId());
		}
	}
}
