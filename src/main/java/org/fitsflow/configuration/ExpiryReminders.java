package org.fitsflow.configuration;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.fitsflow.mail.Mail;
import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.Person;
import org.fitsflow.school.SchoolDates;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.system.AsSystem;
import org.fitsflow.system.process.ProcessVariables;
import org.springframework.stereotype.Service;

/**
 * Reminders that warranties end and licences expire (002: the asset and licence list), to the ICT owner and
 * maintenance, once per item and date: each is an {@code expiry-reminder} instance whose business key names the school,
 * the item and the date, so saving an item again starts nothing new, a changed date replaces the waiting reminder, and
 * one that has been sent is never sent again.
 */
@Service
public class ExpiryReminders {

	private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private final RuntimeService runtime;
	private final HistoryService history;
	private final AsSystem asSystem;
	private final SchoolDirectory directory;
	private final SchoolDates dates;
	private final Mail mail;

	ExpiryReminders(RuntimeService runtime, HistoryService history, AsSystem asSystem, SchoolDirectory directory,
			SchoolDates dates, Mail mail) {
		this.runtime = runtime;
		this.history = history;
		this.asSystem = asSystem;
		this.directory = directory;
		this.dates = dates;
		this.mail = mail;
	}

	/** Brings the item's reminders in line with its dates (called in the transaction that records the item). */
	void follow(ConfigurationItem item) {
		for (ExpiryKind kind : ExpiryKind.values()) {
			LocalDate date = item.isRemoved() ? null : kind.of(item);
			String prefix = item.getSchoolId() + "/" + item.getId() + "/" + kind.formValue() + "/";
			String key = date == null ? null : prefix + date;
			asSystem.run(() -> {
				runtime.createProcessInstanceQuery().processDefinitionKey(ExpiryReminderProcess.KEY)
					.processInstanceBusinessKeyLike(prefix + "%").list().stream()
					.filter(waiting -> !waiting.getBusinessKey().equals(key))
					.forEach(waiting -> runtime.deleteProcessInstance(waiting.getId(), "the " + kind.words()
							+ " date of " + item.getAssetReference() + " changed or the item was taken out of service"));
				boolean known = key == null || history.createHistoricProcessInstanceQuery()
					.processDefinitionKey(ExpiryReminderProcess.KEY).processInstanceBusinessKey(key).count() > 0;
				// A date already gone (an old warranty, imported) is nothing to be reminded of.
				if (!known && !date.isBefore(dates.today())) {
					runtime.startProcessInstanceByKey(ExpiryReminderProcess.KEY, key,
							ProcessVariables.with(ExpiryReminderProcess.SCHOOL_ID, item.getSchoolId())
								.and(ExpiryReminderProcess.ASSET_REFERENCE, item.getAssetReference())
								.and(ExpiryReminderProcess.ITEM_NAME, item.getName())
								.and(ExpiryReminderProcess.EXPIRY, kind)
								.and(ExpiryReminderProcess.EXPIRES_ON, date.toString()));
				}
			});
		}
	}

	/** The reminder itself, to the ICT owner and maintenance (nobody else to tell if neither is held). */
	public void remind(String schoolId, String assetReference, String itemName, ExpiryKind kind, LocalDate expiresOn) {
		Set<String> to = new LinkedHashSet<>();
		for (FitsFunction function : List.of(FitsFunction.ICT_OWNER, FitsFunction.MAINTENANCE)) {
			directory.holders(schoolId, function).stream().map(Person::getEmail).forEach(to::add);
		}
		if (!to.isEmpty()) {
			mail.send(schoolId, to, "configuration-expiry", Map.of("assetReference", assetReference, "itemName",
					itemName, "what", kind.words(), "expiresOn", LONG_DATE.format(expiresOn)));
		}
	}
}
