package org.fitsflow.continuity;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;

import org.fitsflow.mail.Mail;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.Person;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.servicelevel.CatalogueService;
import org.fitsflow.servicelevel.ServiceCatalogue;
import org.fitsflow.system.process.FormValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contingency plan (001 task 4): the ICT owner keeps it, maintenance provides the reference to its
 * disaster-recovery plan (002), and issuing it e-mails the printable plan to the recovery team, whose off-site copy
 * the ICT owner then confirms was replaced; the single point of contact files the original. A school has at most one
 * plan in force (the last issued) and at most one draft (the yearly review's).
 */
@Service
@Transactional
public class ContingencyPlans {

	/** The columns of the plan's lists, as the review form's dynamic lists and the API name them. */
	static final String KIND = "kind", NAME = "name", ROLE = "role", ORGANISATION = "organisation",
			TELEPHONE = "telephone", OTHER_TELEPHONE = "otherTelephone", EMAIL = "email",
			RECOVERY_TEAM = "recoveryTeam", USER_ID = "userId", SERVICE = "service", STEPS = "steps",
			STARTED_BY_FUNCTION = "startedByFunction", STARTED_BY_USER = "startedByUser", AUDIENCE = "audience",
			MESSAGE = "message", CHANNEL = "channel", TIMING = "timing";

	/** A telephone number: digits with spaces, brackets, dashes or a leading +, at least six digits. */
	private static final Pattern TELEPHONE_NUMBER = Pattern.compile("\\+?[0-9 ()\\-]{6,40}");

	private final ContingencyPlanRepository plans;
	private final ServiceCatalogue catalogue;
	private final SchoolDirectory directory;
	private final PrintablePlan printable;
	private final Mail mail;
	private final ContinuityProperties properties;
	private final Clock clock;

	ContingencyPlans(ContingencyPlanRepository plans, ServiceCatalogue catalogue, SchoolDirectory directory,
			PrintablePlan printable, Mail mail, ContinuityProperties properties, Clock clock) {
		this.plans = plans;
		this.catalogue = catalogue;
		this.directory = directory;
		this.printable = printable;
		this.mail = mail;
		this.properties = properties;
		this.clock = clock;
	}

	/** The plan in force: the one issued last. */
	@Transactional(readOnly = true)
	public Optional<ContingencyPlan> inForce(String schoolId) {
		return plans.findBySchoolIdAndStatus(schoolId, ContingencyPlan.Status.ISSUED);
	}

	@Transactional(readOnly = true)
	public List<ContingencyPlan> versions(String schoolId) {
		directory.school(schoolId);
		return plans.findBySchoolIdOrderByVersionDesc(schoolId);
	}

	@Transactional(readOnly = true)
	public ContingencyPlan version(String schoolId, int version) {
		return plans.findBySchoolIdAndVersion(schoolId, version).orElseThrow(() -> new NoSuchElementException(
				"School '" + schoolId + "' has no contingency plan version " + version + "."));
	}

	/** The draft the review works on: the open one, or a new version copied from the plan in force. */
	public ContingencyPlan draft(String schoolId, String by, String processInstanceId) {
		ContingencyPlan draft = plans.findBySchoolIdAndStatus(schoolId, ContingencyPlan.Status.DRAFT)
			.orElseGet(() -> plans.save(new ContingencyPlan(schoolId,
					plans.findFirstBySchoolIdOrderByVersionDesc(schoolId).map(p -> p.getVersion() + 1).orElse(1),
					inForce(schoolId).orElse(null), properties.defaultUpdateInterval(), by, clock.instant())));
		draft.reviewedBy(processInstanceId);
		return draft;
	}

	/** The ICT owner's plan, every entry checked first: refused naming each wrong one, so nothing half-changes. */
	public ContingencyPlan keep(String schoolId, ContingencyPlan.Contents contents, String by) {
		check(schoolId, contents);
		ContingencyPlan draft = openDraft(schoolId);
		draft.replace(contents, by, clock.instant());
		return draft;
	}

	/** The plan's contents from the review form's fields and lists (rows of named values). */
	@Transactional(readOnly = true)
	public ContingencyPlan.Contents contents(String schoolId, String progressContact, String updateInterval,
			Object contacts, Object manualSystems, Object communications) {
		List<String> wrong = new ArrayList<>();
		Duration interval = null;
		try {
			interval = updateInterval == null || updateInterval.isBlank() ? null : Duration.parse(updateInterval.trim());
		}
		catch (DateTimeParseException e) {
			wrong.add("updateInterval: '" + updateInterval + "' is not a duration; write PT2H for every two hours");
		}
		List<ContingencyContact.Details> contactList = new ArrayList<>();
		List<Map<String, Object>> rows = FormList.rows("contacts", contacts);
		for (int i = 0; i < rows.size(); i++) {
			Map<String, Object> row = rows.get(i);
			ContactKind kind = null;
			try {
				String value = FormList.text(row, KIND);
				kind = value == null ? ContactKind.KEY_STAFF : FormValue.of(ContactKind.class, KIND, value);
			}
			catch (IllegalArgumentException e) {
				wrong.add("contacts " + (i + 1) + ": " + e.getMessage());
			}
			contactList.add(new ContingencyContact.Details(kind, FormList.text(row, NAME), FormList.text(row, ROLE),
					FormList.text(row, ORGANISATION), FormList.text(row, TELEPHONE), FormList.text(row, OTHER_TELEPHONE),
					FormList.text(row, EMAIL), FormList.ticked(row, RECOVERY_TEAM), FormList.text(row, USER_ID)));
		}
		List<ManualSystem.Details> systems = new ArrayList<>();
		for (Map<String, Object> row : FormList.rows("manualSystems", manualSystems)) {
			String name = FormList.text(row, SERVICE);
			Long serviceId = name == null ? null
					: catalogue.byName(schoolId, name).map(CatalogueService::getId).orElse(null);
			systems.add(new ManualSystem.Details(serviceId, name, FormList.text(row, STEPS),
					FormList.text(row, STARTED_BY_FUNCTION), FormList.text(row, STARTED_BY_USER)));
		}
		List<Communication.Details> lines = new ArrayList<>();
		for (Map<String, Object> row : FormList.rows("communications", communications)) {
			lines.add(new Communication.Details(FormList.text(row, AUDIENCE), FormList.text(row, MESSAGE),
					FormList.text(row, CHANNEL), FormList.text(row, TIMING)));
		}
		refuseIf(wrong);
		return new ContingencyPlan.Contents(progressContact == null ? null : progressContact.trim(),
				interval, contactList, systems, lines);
	}

	/** The plan's lists as the review form shows them (rows of named values, as JSON). */
	@Transactional(readOnly = true)
	public Map<String, String> formLists(ContingencyPlan plan) {
		Map<String, String> lists = new LinkedHashMap<>();
		lists.put("contacts", FormList.json(plan.getContacts().stream().map(c -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put(KIND, c.getKind().formValue());
			row.put(NAME, c.getName());
			row.put(ROLE, c.getRole());
			row.put(ORGANISATION, c.getOrganisation());
			row.put(TELEPHONE, c.getTelephone());
			row.put(OTHER_TELEPHONE, c.getOtherTelephone());
			row.put(EMAIL, c.getEmail());
			row.put(RECOVERY_TEAM, c.isRecoveryTeam());
			row.put(USER_ID, c.getUserId());
			return row;
		}).toList()));
		lists.put("manualSystems", FormList.json(plan.getManualSystems().stream().map(m -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put(SERVICE, m.getServiceName());
			row.put(STEPS, m.getSteps());
			row.put(STARTED_BY_FUNCTION, m.getStartedByFunction());
			row.put(STARTED_BY_USER, m.getStartedByUser());
			return row;
		}).toList()));
		lists.put("communications", FormList.json(plan.getCommunications().stream().map(c -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put(AUDIENCE, c.getAudience());
			row.put(MESSAGE, c.getMessage());
			row.put(CHANNEL, c.getChannel());
			row.put(TIMING, c.getTiming());
			return row;
		}).toList()));
		return lists;
	}

	/** Maintenance has prepared or reviewed its disaster-recovery plan: the reference the plan refers to (001 step 4). */
	public ContingencyPlan recoveryPlanReviewed(String schoolId, String reference, String location, String by) {
		if (reference == null || reference.isBlank()) {
			throw new IllegalArgumentException("recoveryPlanReference: give the recovery plan's document reference.");
		}
		ContingencyPlan draft = openDraft(schoolId);
		draft.recoveryPlanReviewed(reference.trim(), location == null || location.isBlank() ? null : location.trim(), by,
				clock.instant());
		return draft;
	}

	/**
	 * Issues the draft (001 steps 5 and 6): it becomes the plan in force, and the printable plan is e-mailed (through
	 * the outbox) to the recovery team and the ICT owner. Refused, naming what is missing, if it is not complete.
	 */
	public ContingencyPlan issue(String schoolId, String by) {
		ContingencyPlan draft = openDraft(schoolId);
		List<String> wrong = problems(schoolId, draft.contents());
		if (draft.getRecoveryPlanReference() == null) {
			wrong.add("the recovery plan reference is missing: maintenance records it first");
		}
		refuseIf(wrong);
		inForce(schoolId).ifPresent(ContingencyPlan::superseded);
		plans.flush();
		draft.issued(by, clock.instant());
		// The single point of contact files the original (001 task 4, step 7): it goes to them with the team's copy.
		List<String> to = new ArrayList<>(recoveryTeamAddresses(schoolId, draft));
		directory.holders(schoolId, FitsFunction.SINGLE_POINT_OF_CONTACT).stream().map(Person::getEmail).forEach(to::add);
		mail.send(schoolId, to, "contingency-plan-issued", Map.of("plan", draft), List.of(printable.attachment(draft)));
		return draft;
	}

	/** The recovery team's and the ICT owner's e-mail addresses (the team is told by telephone too; the plan says how). */
	@Transactional(readOnly = true)
	public List<String> recoveryTeamAddresses(String schoolId, ContingencyPlan plan) {
		List<String> to = new ArrayList<>();
		if (plan != null) {
			plan.recoveryTeam().stream().map(ContingencyContact::getEmail).forEach(to::add);
		}
		directory.holders(schoolId, FitsFunction.ICT_OWNER).stream().map(Person::getEmail).forEach(to::add);
		return to;
	}

	/** The ICT owner has not yet confirmed the off-site copy of the plan issued: a reminder. */
	public void remindOffsiteCopy(String schoolId, int version) {
		ContingencyPlan plan = version(schoolId, version);
		if (plan.getOffsiteCopyReplacedAt() == null) {
			mail.send(schoolId, directory.holders(schoolId, FitsFunction.ICT_OWNER).stream().map(Person::getEmail).toList(),
					"contingency-offsite-copy-reminder", Map.of("plan", plan));
		}
	}

	public ContingencyPlan offsiteCopyReplaced(String schoolId, int version, String where, String by) {
		if (where == null || where.isBlank()) {
			throw new IllegalArgumentException("offsiteCopyWhere: say where the off-site copy is kept.");
		}
		ContingencyPlan plan = version(schoolId, version);
		plan.offsiteCopyReplaced(where.trim(), by, clock.instant());
		return plan;
	}

	/** The single point of contact has filed the original (001 task 4, step 7). */
	public ContingencyPlan filed(String schoolId, int version, String where, String by) {
		if (where == null || where.isBlank()) {
			throw new IllegalArgumentException("filedWhere: say where the original is filed.");
		}
		ContingencyPlan plan = version(schoolId, version);
		plan.filed(where.trim(), by, clock.instant());
		return plan;
	}

	@Transactional(readOnly = true)
	public byte[] printable(String schoolId, int version) {
		return printable.pdf(version(schoolId, version));
	}

	/** The manual system the plan in force names for a service, if it names one. */
	@Transactional(readOnly = true)
	public Optional<ManualSystem> manualSystem(ContingencyPlan plan, Long serviceId) {
		return plan == null ? Optional.empty()
				: plan.getManualSystems().stream().filter(m -> m.getServiceId().equals(serviceId)).findFirst();
	}

	private ContingencyPlan openDraft(String schoolId) {
		return plans.findBySchoolIdAndStatus(schoolId, ContingencyPlan.Status.DRAFT).orElseThrow(() ->
				new IllegalArgumentException("School '" + schoolId + "' has no contingency plan under review; the yearly"
						+ " review opens one."));
	}

	private void check(String schoolId, ContingencyPlan.Contents contents) {
		refuseIf(problems(schoolId, contents));
	}

	/** What is wrong with a plan, entry by entry; empty if nothing is. */
	private List<String> problems(String schoolId, ContingencyPlan.Contents plan) {
		List<String> wrong = new ArrayList<>();
		if (plan.progressContact() == null || plan.progressContact().isBlank()) {
			wrong.add("progressContact: say whom people contact for progress");
		}
		if (plan.updateInterval() == null) {
			wrong.add("updateInterval: say how often staff get progress updates (PT2H: every two hours)");
		}
		else if (plan.updateInterval().compareTo(properties.shortestUpdateInterval()) < 0) {
			wrong.add("updateInterval: progress updates at most " + PrintablePlan.every(properties.shortestUpdateInterval()));
		}
		if (plan.contacts().isEmpty()) {
			wrong.add("contacts: list the key staff and suppliers, with their telephone numbers");
		}
		else if (plan.contacts().stream().noneMatch(ContingencyContact.Details::recoveryTeam)) {
			wrong.add("contacts: tick the members of the recovery team");
		}
		for (int i = 0; i < plan.contacts().size(); i++) {
			ContingencyContact.Details c = plan.contacts().get(i);
			List<String> entry = new ArrayList<>();
			if (c.kind() == null) {
				entry.add("say whether key staff or a supplier");
			}
			required(entry, c.name(), "name", 200);
			required(entry, c.role(), "role", 200);
			if (c.telephone() == null) {
				entry.add("a telephone number is required (the plan is used when e-mail may be down)");
			}
			else if (!TELEPHONE_NUMBER.matcher(c.telephone()).matches()) {
				entry.add("'" + c.telephone() + "' is not a telephone number");
			}
			if (c.otherTelephone() != null && !TELEPHONE_NUMBER.matcher(c.otherTelephone()).matches()) {
				entry.add("'" + c.otherTelephone() + "' is not a telephone number");
			}
			if (c.email() != null && (!c.email().contains("@") || c.email().length() > 254)) {
				entry.add("'" + c.email() + "' is not an e-mail address");
			}
			if (c.userId() != null && !isPerson(schoolId, c.userId())) {
				entry.add("'" + c.userId() + "' is nobody in the school");
			}
			if (!entry.isEmpty()) {
				wrong.add("contacts " + (i + 1) + (c.name() == null ? "" : " (" + c.name() + ")") + ": "
						+ String.join("; ", entry));
			}
		}
		for (int i = 0; i < plan.manualSystems().size(); i++) {
			ManualSystem.Details m = plan.manualSystems().get(i);
			List<String> entry = new ArrayList<>();
			if (m.serviceName() == null) {
				entry.add("name the service");
			}
			else if (m.serviceId() == null) {
				entry.add("'" + m.serviceName() + "' is not in the service catalogue");
			}
			required(entry, m.steps(), "steps", 4000);
			if ((m.startedByFunction() == null) == (m.startedByUser() == null)) {
				entry.add("say who starts it: a FITS function or one person, not both");
			}
			else if (m.startedByFunction() != null) {
				try {
					FitsFunction.ofGroupId(m.startedByFunction());
				}
				catch (IllegalArgumentException e) {
					entry.add(e.getMessage());
				}
			}
			else if (!isPerson(schoolId, m.startedByUser())) {
				entry.add("'" + m.startedByUser() + "' is nobody in the school");
			}
			if (m.serviceId() != null && plan.manualSystems().subList(0, i).stream()
				.anyMatch(other -> m.serviceId().equals(other.serviceId()))) {
				entry.add("the service has a manual system above already");
			}
			if (!entry.isEmpty()) {
				wrong.add("manualSystems " + (i + 1) + (m.serviceName() == null ? "" : " (" + m.serviceName() + ")") + ": "
						+ String.join("; ", entry));
			}
		}
		for (int i = 0; i < plan.communications().size(); i++) {
			Communication.Details c = plan.communications().get(i);
			List<String> entry = new ArrayList<>();
			required(entry, c.audience(), "who is told", 500);
			required(entry, c.message(), "what", 2000);
			required(entry, c.channel(), "how", 200);
			required(entry, c.timing(), "when", 500);
			if (!entry.isEmpty()) {
				wrong.add("communications " + (i + 1) + ": " + String.join("; ", entry));
			}
		}
		return wrong;
	}

	private boolean isPerson(String schoolId, String userId) {
		try {
			directory.person(schoolId, userId);
			return true;
		}
		catch (NoSuchElementException e) {
			return false;
		}
	}

	private static void required(List<String> wrong, String value, String what, int max) {
		if (value == null || value.isBlank()) {
			wrong.add(what + " is required");
		}
		else if (value.length() > max) {
			wrong.add(what + " is longer than " + max + " characters");
		}
	}

	static void refuseIf(List<String> wrong) {
		if (!wrong.isEmpty()) {
			throw new IllegalArgumentException(String.join(". ", wrong) + ".");
		}
	}
}
