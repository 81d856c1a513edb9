package org.fitsflow.system.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fitsflow.system.SchoolGroups;
import org.fitsflow.system.process.ModelFile.Kind;

/**
 * What FITS Flow checks before models go live, whether they come from the repository at start-up or from Camunda
 * Modeler through the REST API. Each rule names the file, the element and what to do:
 * <ul>
 * <li><b>Shared, not per school.</b> Models are deployed without a tenant; each instance gets its school. A copy of a
 * shared key for one tenant (or the reverse) would make "the latest form" ambiguous, so it is refused. A user task
 * names a function, never one school's group ({@code riverside.ict-owner}): that would hand every school's task to
 * one school's people.</li>
 * <li><b>Everything referred to exists.</b> Each form, decision and called process a model names statically is in
 * the deployment or already deployed, as its binding needs ({@code deployment}: in the same deployment).</li>
 * <li><b>Nothing in use disappears.</b> A file that replaces the file holding a form, decision or process that a live
 * model or the Java code uses must still define it (a renamed id would leave the old one live, silently).</li>
 * <li><b>The contracts hold</b> ({@link ProcessContract}): the required element ids, the message names, the
 * variables Java reads from the model (set by the initiator, result variables, input/output parameters, call
 * results, or the calls into it), the form fields Java reads, and the outputs of the decisions Java evaluates.</li>
 * <li><b>Decisions fit their callers.</b> A business rule task's result mapping fits the table (single result, one
 * output), and a decision deployed alone reads no new variable that neither it nor its callers had.</li>
 * <li><b>Timers the Java code computes</b> meet their {@link TimerRule}s (the school-time timer's expression, its
 * school time, one per task).</li>
 * </ul>
 */
final class ModelChecks {

	/** What is to be deployed: its deployment name and tenant, and its model files. */
	record Candidate(String deploymentName, String tenantId, List<ModelFile> files) {

		Stream<ModelFile.Process> processes() {
			return files.stream().filter(ModelFile.Bpmn.class::isInstance)
				.flatMap(f -> ((ModelFile.Bpmn) f).processes().stream());
		}

		Stream<ModelFile.Decision> decisions() {
			return files.stream().filter(ModelFile.Dmn.class::isInstance)
				.flatMap(f -> ((ModelFile.Dmn) f).decisions().stream());
		}

		Stream<ModelFile.Form> forms() {
			return files.stream().filter(ModelFile.Form.class::isInstance).map(ModelFile.Form.class::cast);
		}

		boolean defines(Kind kind, String key) {
			return files.stream().anyMatch(f -> f.keys().getOrDefault(kind, Set.of()).contains(key));
		}
	}

	/** One thing wrong: the file, the element (or null) and what to change. */
	record Finding(String file, String elementId, String message) {
		@Override
		public String toString() {
			return file + ": " + message;
		}
	}

	/** Where the newest shared version of a form, decision or process lives. */
	record Located(Kind kind, String key, int version, String deploymentId, String resourceName, String deploymentName,
			String source, Date deployedAt) {
	}

	/** What is deployed already (shared by all schools), as the checks need it. */
	interface Deployed {

		Optional<Located> locate(Kind kind, String key);

		/** The file holding the newest shared version, read. */
		Optional<ModelFile> file(Located located);

		/** The newest shared version of every process. */
		List<ModelFile.Process> latestProcesses();

		/** Whether this version number, or version tag, of a shared definition exists. */
		boolean hasVersion(Kind kind, String key, String versionOrTag);

		/** The tenants that have their own definition of this key (not the shared one). */
		Set<String> tenantsWith(Kind kind, String key);

		default Optional<ModelFile.Form> form(String id) {
			return locate(Kind.FORM, id).flatMap(this::file).map(ModelFile.Form.class::cast);
		}

		default Optional<ModelFile.Decision> decision(String key) {
			return locate(Kind.DECISION, key).flatMap(this::file).map(ModelFile.Dmn.class::cast)
				.flatMap(f -> f.decisions().stream().filter(d -> d.key().equals(key)).findFirst());
		}
	}

	private final Candidate candidate;
	private final Deployed deployed;
	private final Collection<ProcessContract> contracts;
	private final Collection<TimerRule> timerRules;
	private final List<Finding> findings = new ArrayList<>();

	private ModelChecks(Candidate candidate, Deployed deployed, ModelRules rules) {
		this.candidate = candidate;
		this.deployed = deployed;
		this.contracts = rules.contracts();
		this.timerRules = rules.timerRules();
	}

	static List<Finding> check(Candidate candidate, Deployed deployed, ModelRules rules) {
		ModelChecks checks = new ModelChecks(candidate, deployed, rules);
		checks.tenants();
		checks.candidate.processes().forEach(checks::process);
		checks.candidate.forms().forEach(checks::form);
		checks.candidate.decisions().forEach(checks::decision);
		checks.nothingInUseDisappears();
		return List.copyOf(checks.findings);
	}

	// --- shared, not per school ---

	private void tenants() {
		for (ModelFile file : candidate.files()) {
			file.keys().forEach((kind, keys) -> keys.forEach(key -> {
				if (candidate.tenantId() != null && deployed.locate(kind, key).isPresent()) {
					add(file, null, "the " + kind.title() + " '" + key + "' is shared by every school, so it cannot also "
							+ "be deployed for tenant '" + candidate.tenantId() + "'. Leave the tenant empty: each school's "
							+ "processes get their school as they start.");
				}
				else if (candidate.tenantId() == null && !deployed.tenantsWith(kind, key).isEmpty()) {
					add(file, null, "the " + kind.title() + " '" + key + "' is deployed for tenant(s) "
							+ deployed.tenantsWith(kind, key) + "; a shared copy would make it ambiguous for them.");
				}
			}));
		}
	}

	// --- a process in this deployment ---

	private void functionsNotSchoolGroups(ModelFile.Process process) {
		process.candidateGroups().forEach((taskId, groups) -> groups.forEach(group -> SchoolGroups.functionOf(group)
			.ifPresent(function -> add(process, taskId, process.describe(taskId) + " names the group '" + group + "' of "
					+ "one school. Models are shared by every school: name the function only ('" + function + "'), and "
					+ "each task goes to that function's group in its own school."))));
	}

	private void process(ModelFile.Process process) {
		functionsNotSchoolGroups(process);
		for (ModelFile.Reference reference : process.references()) {
			resolvable(process, reference);
		}
		contracts.stream().filter(c -> c.processKey().equals(process.key())).forEach(contract -> contract(process, contract));
		for (ModelFile.DecisionUse use : process.decisionUses()) {
			resolveDecision(use.decisionKey()).ifPresent(decision -> fits(process, use, decision));
		}
		timers(process);
		calledProcessesStillGetTheirVariables(process);
	}

	/** A called process that is not redeployed still gets, from some caller, the variables its Java reads. */
	private void calledProcessesStillGetTheirVariables(ModelFile.Process process) {
		Set<String> called = process.calls().stream().map(ModelFile.Call::calledKey).collect(Collectors.toSet());
		for (String key : called) {
			if (candidate.defines(Kind.PROCESS, key)) {
				continue;
			}
			Optional<ModelFile.Process> callee = deployed.latestProcesses().stream().filter(p -> p.key().equals(key))
				.findFirst();
			callee.ifPresent(q -> contracts.stream().filter(c -> c.processKey().equals(key)).forEach(contract -> {
				Set<String> gone = missing(contract.variablesFromModel(), variablesSetFor(q));
				if (!gone.isEmpty()) {
					add(process, null, "no model passes the variable(s) " + gone + " to " + key + " any more, and FITS "
							+ "Flow reads them there. Keep the call's input mappings.");
				}
			}));
		}
	}

	private void resolvable(ModelFile.Process process, ModelFile.Reference reference) {
		String what = reference.kind().title() + " '" + reference.key() + "'";
		String where = process.describe(reference.elementId());
		boolean inDeployment = candidate.defines(reference.kind(), reference.key());
		switch (reference.binding()) {
			case "deployment" -> {
				if (!inDeployment) {
					add(process, reference.elementId(), where + " uses the " + what + " with binding 'deployment', but "
							+ fileFor(reference) + " is not in this deployment. Add it (Camunda Modeler: Include additional "
							+ "files), or bind it with 'latest'.");
				}
			}
			case "version", "versionTag" -> {
				if (reference.version() != null && ModelFiles.isStatic(reference.version())
						&& !deployed.hasVersion(reference.kind(), reference.key(), reference.version())) {
					add(process, reference.elementId(), where + " uses version '" + reference.version() + "' of the "
							+ what + ", which is not deployed. Deploy " + fileFor(reference) + " first, or bind it with 'latest'.");
				}
			}
			default -> {
				if (!inDeployment && deployed.locate(reference.kind(), reference.key()).isEmpty()) {
					add(process, reference.elementId(), where + " uses the " + what + ", which is neither in this "
							+ "deployment nor deployed. Add " + fileFor(reference) + " to the deployment.");
				}
			}
		}
	}

	/** The file that defines (or should define) a reference: where it lives now, or where the repository keeps it. */
	private String fileFor(ModelFile.Reference reference) {
		return deployed.locate(reference.kind(), reference.key())
			.map(l -> reference.kind().folder() + "/" + ModelFiles.baseName(l.resourceName()))
			.orElse(reference.kind().folder() + "/" + reference.key() + switch (reference.kind()) {
				case PROCESS -> ".bpmn";
				case DECISION -> ".dmn";
				case FORM -> ".form";
			});
	}

	private void contract(ModelFile.Process process, ProcessContract contract) {
		Set<String> missingElements = missing(contract.requiredElementIds(), process.elements().keySet());
		if (!missingElements.isEmpty()) {
			add(process, null, "FITS Flow's Java code refers to element(s) " + missingElements + ", which this model no "
					+ "longer has. Keep their ids (rename a step by its name, not its id).");
		}
		Set<String> missingMessages = missing(contract.messageNames(), process.messages());
		if (!missingMessages.isEmpty()) {
			add(process, null, "FITS Flow sends or waits for the message(s) " + missingMessages + ", which this model no "
					+ "longer catches. Keep the message names.");
		}
		Set<String> formFields = fieldsOfForms(process, false);
		Set<String> missingVariables = missing(contract.variablesFromModel(), variablesSetFor(process));
		if (!missingVariables.isEmpty()) {
			add(process, null, "FITS Flow reads the variable(s) " + missingVariables + ", which nothing in this model "
					+ "(its forms, mappings, result variables or initiator) sets any more.");
		}
		contract.formFields().forEach((formId, fields) -> {
			if (process.formIds().contains(formId)) {
				return; // checked with the form itself, below or when it was deployed
			}
			Set<String> gone = missing(fields, formFields);
			if (!gone.isEmpty()) {
				add(process, null, "the model no longer uses the form '" + formId + "', and none of its forms has the "
						+ "field(s) " + gone + " that FITS Flow reads from it.");
			}
		});
		for (String formId : process.formIds()) {
			if (!candidate.defines(Kind.FORM, formId)) {
				resolveForm(formId).ifPresent(form -> formHasFields(form, process.file(), formId));
			}
		}
	}

	/** What sets variables in a process: the model itself, its forms' fields and the models that call it. */
	private Set<String> variablesSetFor(ModelFile.Process process) {
		Set<String> set = new LinkedHashSet<>(process.sets());
		set.addAll(fieldsOfForms(process, true));
		callers(process.key()).forEach(call -> set.addAll(call.passes()));
		return set;
	}

	/** The fields of the process's forms: all of them, or only those a user fills in. */
	private Set<String> fieldsOfForms(ModelFile.Process process, boolean inputsOnly) {
		Set<String> fields = new LinkedHashSet<>();
		for (String formId : process.formIds()) {
			resolveForm(formId).ifPresent(form -> fields.addAll(inputsOnly ? form.inputs() : form.fields()));
		}
		return fields;
	}

	/** Models that call this process: those in this deployment, and the newest version of every other one. */
	private Stream<ModelFile.Call> callers(String key) {
		return effectiveProcesses().flatMap(p -> p.calls().stream()).filter(c -> c.calledKey().equals(key));
	}

	private Stream<ModelFile.Process> effectiveProcesses() {
		Set<String> replaced = candidate.processes().map(ModelFile.Process::key).collect(Collectors.toSet());
		return Stream.concat(candidate.processes(),
				deployed.latestProcesses().stream().filter(p -> !replaced.contains(p.key())));
	}

	private void fits(ModelFile.Process process, ModelFile.DecisionUse use, ModelFile.Decision decision) {
		String where = process.describe(use.elementId());
		String mapping = use.mapDecisionResult();
		boolean needsSingle = mapping.equals("singleEntry") || mapping.equals("singleResult");
		boolean needsOneOutput = mapping.equals("singleEntry") || mapping.equals("collectEntries");
		if (needsSingle && !decision.singleResult()) {
			add(process, use.elementId(), where + " maps the result of the decision '" + decision.key() + "' as "
					+ mapping + ", but the table can give several results: use the hit policy UNIQUE, FIRST or ANY.");
		}
		if (needsOneOutput && decision.outputs().size() != 1) {
			add(process, use.elementId(), where + " maps the result of the decision '" + decision.key() + "' as "
					+ mapping + ", which needs exactly one output column; the table has " + decision.outputs().size() + ".");
		}
	}

	private void timers(ModelFile.Process process) {
		for (TimerRule rule : timerRules) {
			for (TimerRule.Problem problem : rule.check(process.timers())) {
				add(process, problem.elementId(), problem.message());
			}
		}
	}

	// --- a form in this deployment ---

	private void form(ModelFile.Form form) {
		formHasFields(form, form.name(), form.id());
	}

	private void formHasFields(ModelFile.Form form, String file, String formId) {
		for (ProcessContract contract : contracts) {
			Set<String> gone = missing(contract.formFields().getOrDefault(formId, Set.of()), form.fields());
			if (!gone.isEmpty()) {
				findings.add(new Finding(file, null, "the form '" + formId + "' no longer has the field(s) " + gone
						+ " that FITS Flow reads (" + contract.processKey() + "). Keep their keys (change a field's "
						+ "label, not its key)."));
			}
			contract.formFieldValues().getOrDefault(formId, Map.of()).forEach((field, accepted) -> {
				Set<String> unknown = missing(form.options().getOrDefault(field, Set.of()), accepted);
				if (!unknown.isEmpty()) {
					findings.add(new Finding(file, null, "the form '" + formId + "' offers " + unknown + " for '" + field
							+ "', which FITS Flow does not know (" + contract.processKey() + "). Offer only " + accepted
							+ " (change an option's label, not its value)."));
				}
			});
		}
	}

	// --- a decision in this deployment ---

	private void decision(ModelFile.Decision decision) {
		for (ProcessContract contract : contracts) {
			Set<String> gone = missing(contract.decisionOutputs().getOrDefault(decision.key(), Set.of()),
					new LinkedHashSet<>(decision.outputs()));
			if (!gone.isEmpty()) {
				findings.add(new Finding(decision.file(), null, "the decision '" + decision.key() + "' no longer has the "
						+ "output(s) " + gone + " that FITS Flow reads (" + contract.processKey() + "). Keep the output names."));
			}
		}
		Set<String> candidateKeys = candidate.processes().map(ModelFile.Process::key).collect(Collectors.toSet());
		List<ModelFile.Process> callers = effectiveProcesses()
			.filter(p -> p.decisionUses().stream().anyMatch(u -> u.decisionKey().equals(decision.key())))
			.toList();
		for (ModelFile.Process caller : callers) {
			if (!candidateKeys.contains(caller.key())) {
				caller.decisionUses().stream().filter(u -> u.decisionKey().equals(decision.key()))
					.forEach(use -> fitsLive(caller, use, decision));
			}
		}
		deployed.decision(decision.key()).ifPresent(previous -> {
			Set<String> known = new LinkedHashSet<>(previous.inputVariables());
			for (ModelFile.Process caller : callers) {
				known.addAll(caller.sets());
				caller.formIds().forEach(id -> resolveForm(id).ifPresent(f -> known.addAll(f.fields())));
			}
			Set<String> unknown = missing(decision.inputVariables(), known);
			if (!unknown.isEmpty()) {
				findings.add(new Finding(decision.file(), null, "the decision '" + decision.key() + "' now reads "
						+ unknown + ", which neither its deployed version nor the models that call it provide."));
			}
		});
	}

	/** A live model's business rule task against the decision that replaces its table. */
	private void fitsLive(ModelFile.Process caller, ModelFile.DecisionUse use, ModelFile.Decision decision) {
		int before = findings.size();
		fits(caller, use, decision);
		for (int i = before; i < findings.size(); i++) {
			Finding f = findings.get(i);
			findings.set(i, new Finding(decision.file(), null, f.message() + " (in the deployed " + caller.key() + ")"));
		}
	}

	// --- nothing in use disappears ---

	private void nothingInUseDisappears() {
		Set<String> replacedProcesses = candidate.processes().map(ModelFile.Process::key).collect(Collectors.toSet());
		List<Use> uses = new ArrayList<>();
		for (ModelFile.Process process : effectiveProcesses().toList()) {
			for (ModelFile.Reference r : process.references()) {
				uses.add(new Use(r.kind(), r.key(), (replacedProcesses.contains(process.key()) ? "" : "the deployed ")
						+ process.key() + " (" + process.describe(r.elementId()) + ")"));
			}
		}
		for (ProcessContract contract : contracts) {
			String java = "FITS Flow's Java code";
			uses.add(new Use(Kind.PROCESS, contract.processKey(), java));
			contract.formFields().keySet().forEach(id -> uses.add(new Use(Kind.FORM, id, java)));
			contract.decisionOutputs().keySet().forEach(key -> uses.add(new Use(Kind.DECISION, key, java)));
		}
		Set<String> reported = new TreeSet<>();
		for (Use use : uses) {
			if (candidate.defines(use.kind(), use.key())) {
				continue;
			}
			deployed.locate(use.kind(), use.key()).ifPresent(live -> {
				String baseName = ModelFiles.baseName(live.resourceName());
				candidate.files().stream()
					.filter(f -> f.baseName().equals(baseName) && ModelFiles.kindOf(f.name()).orElse(null) == use.kind())
					.filter(f -> reported.add(f.name() + use.key()))
					.forEach(f -> add(f, null, "this file no longer defines the " + use.kind().title() + " '" + use.key()
							+ "', which " + use.by() + " uses. Keep its id, or change the models that use it in the "
							+ "same deployment."));
			});
		}
	}

	private record Use(Kind kind, String key, String by) {
	}

	// --- helpers ---

	private Optional<ModelFile.Form> resolveForm(String id) {
		Optional<ModelFile.Form> here = candidate.forms().filter(f -> f.id().equals(id)).findFirst();
		return here.isPresent() ? here : deployed.form(id);
	}

	private Optional<ModelFile.Decision> resolveDecision(String key) {
		Optional<ModelFile.Decision> here = candidate.decisions().filter(d -> d.key().equals(key)).findFirst();
		return here.isPresent() ? here : deployed.decision(key);
	}

	private static Set<String> missing(Set<String> expected, Set<String> present) {
		Set<String> missing = new TreeSet<>(expected);
		missing.removeAll(present.stream().filter(Objects::nonNull).collect(Collectors.toSet()));
		return missing;
	}

	private void add(ModelFile file, String elementId, String message) {
		findings.add(new Finding(file.name(), elementId, message));
	}

	private void add(ModelFile.Process process, String elementId, String message) {
		findings.add(new Finding(process.file(), elementId, message));
	}
}
