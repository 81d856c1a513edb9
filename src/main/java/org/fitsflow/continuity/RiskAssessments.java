package org.fitsflow.continuity;

import static org.fitsflow.continuity.RiskAssessmentProcess.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.fitsflow.change.ChangeOutcome;
import org.fitsflow.change.ChangeStatus;
import org.fitsflow.change.Changes;
import org.fitsflow.change.RequestForChange;
import org.fitsflow.change.RequestForChangeProcess;
import org.fitsflow.mail.Attachment;
import org.fitsflow.mail.Mail;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.Person;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.servicelevel.CatalogueService;
import org.fitsflow.servicelevel.ServiceCatalogue;
import org.fitsflow.system.AsSystem;
import org.fitsflow.system.References;
import org.fitsflow.system.process.FormValue;
import org.fitsflow.system.process.ProcessVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly risk assessment (001 task 3), one step of {@code risk-assessment} at a time: it opens on the last
 * assessment as its baseline, carrying forward every recommendation not acted on and taking in the lessons of
 * invocations since; design records the risks of each service (rated by the risk-rating table) and recommends
 * improvements with their costs; the ICT owner decides each with a reason; those acted on become requests for change
 * (their cost going through the expenditure record as any change's does) or tasks with a due date; the single point
 * of contact files the original, which exports as a spreadsheet.
 */
@Service
@Transactional
public class RiskAssessments {

	static final String PREFIX = "RSK";
	/** The columns of the forms' lists. */
	static final String SERVICE = "service", FOR_SERVICE = "forService", THREAT = "threat", EXISTING_MEASURES = "existingMeasures",
			DESCRIPTION = "description", ESTIMATED_COST = "estimatedCost", PROVIDER_CHARGE = "providerCharge",
			ID = "id", SOURCE = "source", REASON = "reason", ACTION_FUNCTION = "actionFunction",
			ACTION_DUE = "actionDue";

	private final RiskAssessmentRepository assessments;
	private final LessonRepository lessons;
	private final ServiceCatalogue catalogue;
	private final RiskRatings ratings;
	private final References references;
	private final SchoolDirectory directory;
	private final Changes changes;
	private final RecommendationTasks tasks;
	private final RuntimeService runtime;
	private final AsSystem asSystem;
	private final Mail mail;
	private final RiskAssessmentSpreadsheet spreadsheet;
	private final Clock clock;

	RiskAssessments(RiskAssessmentRepository assessments, LessonRepository lessons, ServiceCatalogue catalogue,
			RiskRatings ratings, References references, SchoolDirectory directory, Changes changes,
			RecommendationTasks tasks, RuntimeService runtime, AsSystem asSystem, Mail mail,
			RiskAssessmentSpreadsheet spreadsheet, Clock clock) {
		this.assessments = assessments;
		this.lessons = lessons;
		this.catalogue = catalogue;
		this.ratings = ratings;
		this.references = references;
		this.directory = directory;
		this.changes = changes;
		this.tasks = tasks;
		this.runtime = runtime;
		this.asSystem = asSystem;
		this.mail = mail;
		this.spreadsheet = spreadsheet;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public RiskAssessment assessment(String schoolId, String reference) {
		return assessments.findBySchoolIdAndReference(schoolId, reference).orElseThrow(() -> new NoSuchElementException(
				"There is no risk assessment " + reference + " in school '" + schoolId + "'."));
	}

	/** The school's assessments, the latest year first. */
	@Transactional(readOnly = true)
	public List<RiskAssessment> assessments(String schoolId) {
		directory.school(schoolId);
		return assessments.findBySchoolIdOrderByYearDescIdDesc(schoolId);
	}

	@Transactional(readOnly = true)
	public List<Lesson> lessonsTakenIn(RiskAssessment assessment) {
		return lessons.findByAssessmentIdOrderById(assessment.getId());
	}

	/**
	 * Opens the assessment due on the school's date, on the last one as its baseline: every recommendation of it not
	 * acted on is carried forward (001 step 5), and every lesson recorded since becomes part of this one.
	 */
	public RiskAssessment open(String schoolId, LocalDate due, String processInstanceId) {
		Optional<RiskAssessment> baseline = assessments.findFirstBySchoolIdOrderByIdDesc(schoolId);
		RiskAssessment assessment = assessments.save(new RiskAssessment(schoolId, references.next(schoolId, PREFIX), due,
				baseline.map(RiskAssessment::getId).orElse(null), processInstanceId, clock.instant()));
		baseline.ifPresent(last -> last.getRecommendations().stream().filter(this::notActedOn).forEach(r ->
				assessment.recommend(r.details(), Recommendation.Source.CARRIED_FORWARD, r, r.getFirstRaisedIn(),
						r.getRecommendedBy())));
		for (Lesson lesson : lessons.findBySchoolIdAndAssessmentIdIsNullOrderById(schoolId)) {
			lesson.takenInto(assessment.getId());
			if (lesson.getRecommendation() != null) {
				assessment.recommend(new Recommendation.Details(null, lesson.getRecommendation(), null, null),
						Recommendation.Source.LESSON, null, assessment.getReference(), lesson.getRecordedBy());
			}
		}
		return assessment;
	}

	/**
	 * Whether a recommendation was not acted on, so comes back next year: deferred, or acted on by a change that was
	 * rejected or did not succeed, or by a task that is still not done. Rejected ones stay rejected.
	 */
	boolean notActedOn(Recommendation recommendation) {
		RecommendationDecision decision = recommendation.getDecision();
		if (decision == null || decision == RecommendationDecision.DEFER) {
			return true;
		}
		if (decision == RecommendationDecision.ACT_BY_CHANGE && recommendation.getChangeReference() != null) {
			RequestForChange rfc = changes.find(recommendation.getSchoolId(), recommendation.getChangeReference());
			return rfc.getStatus() == ChangeStatus.REJECTED_TO_PROCEED || rfc.getStatus() == ChangeStatus.REJECTED_TO_IMPLEMENT
					|| (rfc.getOutcome() != null && !FormValue.of(ChangeOutcome.class, "outcome", rfc.getOutcome()).made());
		}
		if (decision == RecommendationDecision.ACT_BY_TASK && recommendation.getActionReference() != null) {
			return !tasks.done(recommendation.getSchoolId(), recommendation.getActionReference());
		}
		return false;
	}

	/** What design starts from, for its form: the baseline, what is carried forward and the lessons taken in. */
	@Transactional(readOnly = true)
	public String baselineNote(RiskAssessment assessment) {
		StringBuilder note = new StringBuilder();
		Optional<RiskAssessment> baseline = Optional.ofNullable(assessment.getBaselineId()).flatMap(assessments::findById);
		note.append(baseline.map(b -> "Baseline: " + b.getReference() + " (" + b.getYear() + "), its risks listed below"
				+ " to update.").orElse("This is the school's first risk assessment."));
		List<Recommendation> carried = assessment.getRecommendations().stream()
			.filter(r -> r.getSource() != Recommendation.Source.NEW).toList();
		if (!carried.isEmpty()) {
			note.append("\n\nAlready on this assessment, for the ICT owner to decide again:");
			carried.forEach(r -> note.append("\n- ").append(r.getDescription()).append(r.getSource()
					== Recommendation.Source.LESSON ? " (a lesson of an invocation)" : " (carried forward from "
							+ r.getFirstRaisedIn() + ")"));
		}
		List<Lesson> learnt = lessons.findByAssessmentIdOrderById(assessment.getId());
		if (!learnt.isEmpty()) {
			note.append("\n\nLessons from invocations of the contingency plan:");
			learnt.forEach(l -> note.append("\n- ").append(l.getLesson()));
		}
		return note.toString();
	}

	/** The baseline's risks as the assessment form's rows, so design updates them rather than starting again. */
	@Transactional(readOnly = true)
	public String baselineRisks(RiskAssessment assessment) {
		List<Map<String, Object>> rows = new ArrayList<>();
		Optional.ofNullable(assessment.getBaselineId()).flatMap(assessments::findById).ifPresent(b -> b.getRisks()
			.forEach(risk -> {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put(SERVICE, risk.getServiceName());
				row.put(THREAT, risk.getThreat());
				row.put(LIKELIHOOD.name(), risk.getLikelihood().formValue());
				row.put(HARM.name(), risk.getHarm().formValue());
				row.put(EXISTING_MEASURES, risk.getExistingMeasures());
				rows.add(row);
			}));
		return FormList.json(rows);
	}

	/**
	 * Design's assessment: each risk (a service of the catalogue, the threat, how likely, how much harm) rated by the
	 * risk-rating table, and the improvements recommended with their estimated cost and any provider charge. Every
	 * row is checked first; the refusal names each wrong one.
	 */
	public RiskAssessment assess(String schoolId, String reference, Object riskRows, Object recommendationRows,
			String by) {
		RiskAssessment assessment = assessment(schoolId, reference);
		List<String> wrong = new ArrayList<>();
		List<Risk.Details> rated = new ArrayList<>();
		List<Map<String, Object>> rows = FormList.rows(RISKS.name(), riskRows);
		for (int i = 0; i < rows.size(); i++) {
			Map<String, Object> row = rows.get(i);
			List<String> entry = new ArrayList<>();
			Optional<CatalogueService> service = service(schoolId, FormList.text(row, SERVICE), entry);
			String threat = text(entry, row, THREAT, "the threat", 2000, true);
			Likelihood likelihood = value(entry, row, LIKELIHOOD.name(), Likelihood.class);
			Harm harm = value(entry, row, HARM.name(), Harm.class);
			String measures = text(entry, row, EXISTING_MEASURES, "existing measures", 2000, false);
			if (entry.isEmpty()) {
				rated.add(new Risk.Details(service.get().getId(), service.get().getName(), threat, likelihood, harm,
						ratings.rate(likelihood, harm), measures));
			}
			else {
				wrong.add("risks " + (i + 1) + ": " + String.join("; ", entry));
			}
		}
		if (rows.isEmpty()) {
			wrong.add("risks: list at least one risk (a few key high risks to start with, 001)");
		}
		List<Recommendation.Details> recommended = new ArrayList<>();
		rows = FormList.rows(RECOMMENDATIONS.name(), recommendationRows);
		for (int i = 0; i < rows.size(); i++) {
			Map<String, Object> row = rows.get(i);
			List<String> entry = new ArrayList<>();
			String name = FormList.text(row, FOR_SERVICE);
			Optional<CatalogueService> service = name == null ? Optional.empty() : service(schoolId, name, entry);
			String description = text(entry, row, DESCRIPTION, "the recommendation", 2000, true);
			BigDecimal cost = money(entry, row, ESTIMATED_COST, "the estimated cost");
			BigDecimal charge = money(entry, row, PROVIDER_CHARGE, "the provider's charge");
			if (entry.isEmpty()) {
				recommended.add(new Recommendation.Details(service.map(CatalogueService::getName).orElse(null),
						description, cost, charge));
			}
			else {
				wrong.add("recommendations " + (i + 1) + ": " + String.join("; ", entry));
			}
		}
		ContingencyPlans.refuseIf(wrong);
		assessment.assessed(rated, recommended, by, clock.instant());
		assessments.flush(); // the ICT owner's form names each recommendation by its id
		return assessment;
	}

	/** The risks, highest rated first, in words for the ICT owner's form. */
	@Transactional(readOnly = true)
	public String summary(RiskAssessment assessment) {
		StringBuilder text = new StringBuilder("Risks assessed by design, highest first:");
		assessment.getRisks().stream().sorted(Comparator.comparing(Risk::getRating)).forEach(r -> text.append("\n- **")
			.append(r.getRating().formValue()).append("**: ").append(r.getServiceName()).append(": ").append(r.getThreat())
			.append(" (").append(r.getLikelihood().formValue()).append(", ").append(r.getHarm().formValue()).append(")"));
		return text.toString();
	}

	/** One row per recommendation for the ICT owner's decisions. */
	@Transactional(readOnly = true)
	public String decisionRows(RiskAssessment assessment) {
		return FormList.json(assessment.getRecommendations().stream().map(r -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put(ID, r.getId().toString());
			row.put(DESCRIPTION, (r.getServiceName() == null ? "" : r.getServiceName() + ": ") + r.getDescription());
			row.put(SOURCE, switch (r.getSource()) {
				case NEW -> "new";
				case LESSON -> "a lesson of an invocation";
				case CARRIED_FORWARD -> "carried forward from " + r.getFirstRaisedIn() + (r.getCarriedFrom() == null
						|| r.getCarriedFrom().getDecisionReason() == null ? ""
								: " (" + r.getCarriedFrom().getDecision().formValue() + ": "
										+ r.getCarriedFrom().getDecisionReason() + ")");
			});
			row.put(ESTIMATED_COST, r.getEstimatedCost());
			row.put(PROVIDER_CHARGE, r.getProviderCharge());
			return row;
		}).toList());
	}

	/**
	 * The ICT owner's decision on every recommendation, each with a reason; a task needs the function that does it and
	 * a date. Every row is checked first.
	 */
	public RiskAssessment decide(String schoolId, String reference, Object decisionRows, String by) {
		RiskAssessment assessment = assessment(schoolId, reference);
		Map<Long, Map<String, Object>> byId = new LinkedHashMap<>();
		for (Map<String, Object> row : FormList.rows(DECISIONS.name(), decisionRows)) {
			String id = FormList.text(row, ID);
			if (id != null && id.matches("\\d+")) {
				byId.put(Long.valueOf(id), row);
			}
		}
		List<String> wrong = new ArrayList<>();
		record Decided(Recommendation recommendation, RecommendationDecision decision, String reason, String function,
				LocalDate due) {
		}
		List<Decided> decided = new ArrayList<>();
		for (Recommendation r : assessment.getRecommendations()) {
			Map<String, Object> row = byId.getOrDefault(r.getId(), Map.of());
			List<String> entry = new ArrayList<>();
			RecommendationDecision decision = value(entry, row, DECISION.name(), RecommendationDecision.class);
			String reason = text(entry, row, REASON, "the reason", 2000, true);
			String function = null;
			LocalDate due = null;
			if (decision == RecommendationDecision.ACT_BY_TASK) {
				function = FormList.text(row, ACTION_FUNCTION);
				try {
					FitsFunction.ofGroupId(function == null ? "" : function);
				}
				catch (IllegalArgumentException e) {
					entry.add("say which function carries out the task");
				}
				due = date(entry, FormList.text(row, ACTION_DUE));
			}
			if (entry.isEmpty()) {
				decided.add(new Decided(r, decision, reason, function, due));
			}
			else {
				wrong.add("decisions " + r.getLineNo() + " (" + abbreviated(r.getDescription()) + "): "
						+ String.join("; ", entry));
			}
		}
		ContingencyPlans.refuseIf(wrong);
		decided.forEach(d -> d.recommendation().decided(d.decision(), d.reason(), d.function(), d.due(), by,
				clock.instant()));
		assessment.decided(by, clock.instant());
		return assessment;
	}

	/**
	 * Acts on the recommendations the ICT owner chose to act on: each a request for change (opened for the person
	 * who recommended it, with its cost, to complete step 1; the ICT owner's approval puts the cost in the
	 * expenditure record) or a task with a due date. Safe to repeat: one already raised is not raised again.
	 */
	public void actOn(String schoolId, String reference) {
		RiskAssessment assessment = assessment(schoolId, reference);
		for (Recommendation r : assessment.getRecommendations()) {
			if (r.getDecision() == RecommendationDecision.ACT_BY_CHANGE && r.getChangeReference() == null) {
				String instance = asSystem.call(() -> runtime.startProcessInstanceByKey(RequestForChangeProcess.KEY,
						ProcessVariables.with(RequestForChangeProcess.SCHOOL_ID, schoolId)
							.and(RequestForChangeProcess.RAISED_FROM, reference)
							.and(RequestForChangeProcess.BRIEF_DESCRIPTION, abbreviated(r.getDescription()))
							.and(RequestForChangeProcess.REASON, "Risk assessment " + reference + " recommends: "
									+ r.getDescription() + (r.getServiceName() == null ? "" : " (" + r.getServiceName()
											+ ")") + ". The ICT owner decided to act: " + r.getDecisionReason())
							.and(RequestForChangeProcess.ORIGINATOR, r.getRecommendedBy())
							.and(RequestForChangeProcess.COST, r.totalCost()))
					.getId());
				r.changeRaised(RequestForChangeProcess.CHANGE_REFERENCE.get(asSystem.call(() ->
						runtime.getVariables(instance))));
			}
			if (r.getDecision() == RecommendationDecision.ACT_BY_TASK && r.getActionReference() == null) {
				r.actionIssued(tasks.issue(schoolId, reference, r.getDescription(),
						FitsFunction.ofGroupId(r.getActionFunction()), r.getActionDue(), r.getDecidedBy()));
			}
		}
	}

	/** The original (the spreadsheet) is e-mailed to the single point of contact to file (001 step 4). */
	public void sendForFiling(String schoolId, String reference) {
		RiskAssessment assessment = assessment(schoolId, reference);
		List<String> to = directory.holders(schoolId, FitsFunction.SINGLE_POINT_OF_CONTACT).stream()
			.map(Person::getEmail).toList();
		mail.send(schoolId, to, "risk-assessment-for-filing", Map.of("assessment", assessment),
				List.of(spreadsheetOf(assessment)));
	}

	public RiskAssessment filed(String schoolId, String reference, String where, String by) {
		if (where == null || where.isBlank()) {
			throw new IllegalArgumentException(FILED_WHERE + ": say where the original is filed.");
		}
		RiskAssessment assessment = assessment(schoolId, reference);
		assessment.filed(where.trim(), by, clock.instant());
		return assessment;
	}

	@Transactional(readOnly = true)
	public Attachment spreadsheet(String schoolId, String reference) {
		return spreadsheetOf(assessment(schoolId, reference));
	}

	private Attachment spreadsheetOf(RiskAssessment assessment) {
		return new Attachment("risk-assessment-" + assessment.getReference() + ".xlsx", RiskAssessmentSpreadsheet.CONTENT_TYPE,
				spreadsheet.write(assessment, lessonsTakenIn(assessment), directory.nameOf(assessment.getSchoolId())));
	}

	private Optional<CatalogueService> service(String schoolId, String name, List<String> entry) {
		if (name == null) {
			entry.add("name the service, as the catalogue names it");
			return Optional.empty();
		}
		Optional<CatalogueService> service = catalogue.byName(schoolId, name);
		if (service.isEmpty()) {
			entry.add("'" + name + "' is not in the service catalogue");
		}
		return service;
	}

	private static String text(List<String> entry, Map<String, Object> row, String key, String what, int max,
			boolean required) {
		String text = FormList.text(row, key);
		if (text == null && required) {
			entry.add("say " + what);
		}
		else if (text != null && text.length() > max) {
			entry.add(what + " is longer than " + max + " characters");
		}
		return text;
	}

	private static <E extends Enum<E> & FormValue> E value(List<String> entry, Map<String, Object> row, String key,
			Class<E> type) {
		String text = FormList.text(row, key);
		try {
			return FormValue.of(type, key, text == null ? "" : text);
		}
		catch (IllegalArgumentException e) {
			entry.add(e.getMessage().replaceAll("\\.$", ""));
			return null;
		}
	}

	private static BigDecimal money(List<String> entry, Map<String, Object> row, String key, String what) {
		String text = FormList.text(row, key);
		if (text == null) {
			return null;
		}
		try {
			BigDecimal amount = new BigDecimal(text);
			if (amount.signum() < 0) {
				entry.add(what + " cannot be negative");
			}
			return amount.setScale(2, java.math.RoundingMode.HALF_UP);
		}
		catch (NumberFormatException e) {
			entry.add(what + ": '" + text + "' is not an amount");
			return null;
		}
	}

	private LocalDate date(List<String> entry, String text) {
		if (text == null) {
			entry.add("say by when the task is due");
			return null;
		}
		try {
			LocalDate due = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
			if (due.isBefore(LocalDate.now(clock))) {
				entry.add("the due date " + due + " has passed");
			}
			return due;
		}
		catch (DateTimeParseException e) {
			entry.add("'" + text + "' is not a date");
			return null;
		}
	}

	private static String abbreviated(String text) {
		return text.length() <= 80 ? text : text.substring(0, 77) + "...";
	}
}
