package org.fitsflow.configuration;

import static org.fitsflow.configuration.AssetAuditProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.FunctionMail;
import org.fitsflow.school.ReviewNotices;
import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.servicelevel.JsonList;
import org.fitsflow.system.process.FormValue;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly asset audits (002: "carry out audits of assets against records, to maintain accurate asset data"): what
 * maintenance found, checked whole before anything is kept; each discrepancy corrected in the register or raised as a
 * request for change; the audit kept with its date, who did it and a baseline of the register; the ICT owner told.
 */
@Service
@Transactional
public class AssetAudits {

	/** The audit in words, for e-mails and the review schedules. */
	static final String TITLE = "yearly asset audit";
	private static final int MAX_TEXT = 200;
	private static final int MAX_DESCRIPTION = 2000;

	private final AssetAuditRepository audits;
	private final ConfigurationItemRepository items;
	private final ConfigurationRegister register;
	private final Baselines baselines;
	private final SchoolDirectory directory;
	private final AssetAuditChanges changes;
	private final FunctionMail mail;
	private final ReviewNotices notices;
	private final Clock clock;

	AssetAudits(AssetAuditRepository audits, ConfigurationItemRepository items, ConfigurationRegister register,
			Baselines baselines, SchoolDirectory directory, AssetAuditChanges changes, FunctionMail mail,
			ReviewNotices notices, Clock clock) {
		this.audits = audits;
		this.items = items;
		this.register = register;
		this.baselines = baselines;
		this.directory = directory;
		this.changes = changes;
		this.mail = mail;
		this.notices = notices;
		this.clock = clock;
	}

	/** How many discrepancies are to be corrected in the register and how many raised as requests for change. */
	public record Found(int corrections, int changes) {
	}

	/** Opens the audit due on the school's date; one per school and date, so it never starts twice. */
	public AssetAudit open(String schoolId, LocalDate due, String processInstanceId) {
		directory.school(schoolId);
		try {
			return audits.saveAndFlush(new AssetAudit(schoolId, due, processInstanceId, clock.instant()));
		}
		catch (DataIntegrityViolationException openedMeanwhile) {
			throw new IllegalStateException("School '" + schoolId + "' already has the asset audit due " + due + ".");
		}
	}

	@Transactional(readOnly = true)
	public AssetAudit audit(String schoolId, String reference) {
		return audits.findBySchoolIdAndReference(schoolId, reference)
			.orElseThrow(() -> new NoSuchElementException("School '" + schoolId + "' has no asset audit " + reference + "."));
	}

	/** The school's audits, the latest first. */
	@Transactional(readOnly = true)
	public List<AssetAudit> audits(String schoolId) {
		directory.school(schoolId);
		return audits.findBySchoolIdOrderByDueOnDesc(schoolId);
	}

	/**
	 * Maintenance has checked the register against what is there: each discrepancy is checked (every problem named by
	 * its place in the list) and kept with what the register recorded. Nothing is kept if anything is wrong.
	 */
	public Found checked(String schoolId, String reference, Object discrepancies, boolean registerChecked, String by) {
		AssetAudit audit = audit(schoolId, reference);
		List<String> problems = new ArrayList<>();
		if (!registerChecked) {
			problems.add(REGISTER_CHECKED.name() + ": tick that every item of the register was checked against what is "
					+ "there.");
		}
		List<AssetAuditDiscrepancy> found = new ArrayList<>();
		Map<String, Integer> unrecorded = new HashMap<>();
		int line = 0;
		for (Map<String, Object> entry : JsonList.read(DISCREPANCIES.name(), discrepancies)) {
			if (entry.values().stream().allMatch(v -> v == null || v.toString().isBlank() || Boolean.FALSE.equals(v))) {
				continue; // the list's first entry, left empty: nothing found
			}
			line++;
			List<String> wrong = new ArrayList<>();
			AssetAuditDiscrepancy d = discrepancy(schoolId, line, entry, wrong);
			if (d != null && d.getKind() == DiscrepancyKind.UNRECORDED) {
				Integer earlier = unrecorded.putIfAbsent(key(d.getAssetReference()), line);
				if (earlier != null) {
					wrong.add(ASSET_REFERENCE.name() + ": also given to the asset of discrepancy " + earlier + ".");
				}
			}
			if (wrong.isEmpty()) {
				found.add(d);
			}
			else {
				String ref = JsonList.text(entry, ASSET_REFERENCE.name());
				problems.add(DISCREPANCIES.name() + " " + line + (ref == null ? "" : " (" + ref + ")") + ": "
						+ String.join(" ", wrong));
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join("; ", problems));
		}
		audit.checked(found, by, clock.instant());
		return new Found(count(found, DiscrepancyResolution.CORRECT_RECORD), count(found, DiscrepancyResolution.RAISE_CHANGE));
	}

	/**
	 * Corrects the register for each discrepancy to correct, recording the correction against it: a detail set to
	 * what was found, an item not found taken out of service, an asset found without a record added. Refused as a
	 * whole, naming the discrepancy, if the register refuses one.
	 */
	public void correct(String schoolId, String reference) {
		for (AssetAuditDiscrepancy d : audit(schoolId, reference).getDiscrepancies()) {
			if (d.getResolution() != DiscrepancyResolution.CORRECT_RECORD || d.getCorrection() != null) {
				continue;
			}
			try {
				d.corrected(correct(schoolId, d));
			}
			catch (IllegalArgumentException e) {
				throw new IllegalArgumentException(DISCREPANCIES.name() + " " + d.getLineNo() + " (" + d.getAssetReference()
						+ "): the register refuses the correction: " + e.getMessage());
			}
		}
	}

	/**
	 * Raises a request for change for each discrepancy to raise, as maintenance (the auditor is its originator, who
	 * completes step 1), naming the item; its reference is kept on the discrepancy. Safe to repeat.
	 */
	public void raiseChanges(String schoolId, String reference) {
		AssetAudit audit = audit(schoolId, reference);
		for (AssetAuditDiscrepancy d : audit.getDiscrepancies()) {
			if (d.getResolution() != DiscrepancyResolution.RAISE_CHANGE || d.getChangeReference() != null) {
				continue;
			}
			List<String> named = d.getKind().namesRegisteredItem() ? List.of(d.getAssetReference()) : List.of();
			String name = d.getKind().namesRegisteredItem() ? items.findBySchoolIdAndAssetReferenceIgnoreCase(schoolId,
					d.getAssetReference()).map(ConfigurationItem::getName).orElse(null) : d.getFoundValue();
			d.changeRaised(changes.raise(schoolId, audit.getReference(), d.getAssetReference(), name, brief(d), "Asset audit " + audit.getReference()
					+ " found: " + words(d) + (d.getDescription() == null ? "" : " " + d.getDescription()),
					audit.getAuditedBy(), named));
		}
	}

	/** The audit is kept, with a baseline of the register as it stands after its corrections. */
	public void record(String schoolId, String reference) {
		AssetAudit audit = audit(schoolId, reference);
		Baselines.Taken baseline = baselines.take(schoolId, "Asset audit " + audit.getReference(), audit.getAuditedBy());
		audit.recorded(baseline.id());
	}

	/** The ICT owner receives the outcome: each discrepancy and what became of it. */
	public void reportOutcome(String schoolId, String reference) {
		AssetAudit audit = audit(schoolId, reference);
		List<String> lines = audit.getDiscrepancies().stream().map(d -> d.getAssetReference() + ": " + words(d) + " "
				+ (d.getChangeReference() != null ? "Request for change " + d.getChangeReference() + " raised."
						: "Corrected in the register: " + d.getCorrection() + ".")).toList();
		mail.send(schoolId, FitsFunction.ICT_OWNER, "asset-audit-recorded", Map.of("audit", audit,
				"auditor", auditor(schoolId, audit.getAuditedBy()), "discrepancies", lines));
	}

	/** Reminds the holders of the audit's open task that its date is near. */
	public void remind(String schoolId, String reference, Collection<FitsFunction> withOpenTasks) {
		notices.remind(schoolId, TITLE, audit(schoolId, reference).getDueOn(), withOpenTasks);
	}

	/** The audit's date has passed with it open: the ICT owner and the holders of its open task are told. */
	public void reportOverdue(String schoolId, String reference, Collection<FitsFunction> withOpenTasks) {
		notices.overdue(schoolId, TITLE, audit(schoolId, reference).getDueOn(), withOpenTasks);
	}

	private AssetAuditDiscrepancy discrepancy(String schoolId, int line, Map<String, Object> entry, List<String> wrong) {
		DiscrepancyKind kind = value(entry, KIND.name(), DiscrepancyKind.class, "say what was found", wrong);
		DiscrepancyResolution resolution = value(entry, RESOLUTION.name(), DiscrepancyResolution.class,
				"say whether the record is corrected or a request for change raised", wrong);
		String assetReference = text(entry, ASSET_REFERENCE.name(), ConfigurationRegister.MAX_REFERENCE, wrong);
		String found = text(entry, FOUND.name(), MAX_TEXT, wrong);
		String location = text(entry, LOCATION.name(), MAX_TEXT, wrong);
		String description = text(entry, DESCRIPTION.name(), MAX_DESCRIPTION, wrong);
		if (assetReference == null) {
			wrong.add(ASSET_REFERENCE.name() + ": give the item's asset reference (for an asset without a record, the "
					+ "reference it is to have).");
		}
		if (kind == null || resolution == null || assetReference == null) {
			return null;
		}
		Optional<ConfigurationItem> item = items.findBySchoolIdAndAssetReferenceIgnoreCase(schoolId, assetReference);
		AuditedField field = null;
		String recorded = null;
		if (kind.namesRegisteredItem()) {
			if (item.isEmpty() || item.get().isRemoved()) {
				wrong.add(ASSET_REFERENCE.name() + ": '" + assetReference + "' is not an item of the school's register "
						+ "in service; for an asset without a record, say it is unrecorded.");
				return null;
			}
			assetReference = item.get().getAssetReference();
		}
		else if (item.isPresent()) {
			wrong.add(ASSET_REFERENCE.name() + ": '" + assetReference + "' is already in the register"
					+ (item.get().isRemoved() ? " (taken out of service on " + item.get().getRemovedOn() + ")" : "")
					+ "; give the asset a reference of its own.");
		}
		if (kind == DiscrepancyKind.RECORD_DIFFERS) {
			field = value(entry, FIELD.name(), AuditedField.class, "say which detail differs", wrong);
			ItemDetails details = register.item(schoolId, item.get().getId()).details();
			if (field != null) {
				recorded = field.recorded(details);
				if (found == null && (field == AuditedField.NAME || field == AuditedField.LICENCE_COUNT)) {
					wrong.add(FOUND.name() + ": say what is there.");
				}
				else if (Objects.equals(found, recorded)) {
					wrong.add(FOUND.name() + ": " + quoted(found) + " is what the register records; that is no discrepancy.");
				}
				else if (field == AuditedField.LICENCE_COUNT) {
					checkLicenceCount(details, found, wrong);
				}
			}
		}
		if (kind == DiscrepancyKind.UNRECORDED) {
			if (found == null) {
				wrong.add(FOUND.name() + ": say what the asset is (its name).");
			}
			String type = JsonList.text(entry, TYPE.name());
			if (resolution == DiscrepancyResolution.CORRECT_RECORD && (type == null || ItemType.read(type).isEmpty())) {
				wrong.add(TYPE.name() + ": one of " + ItemType.choices() + ", to record it.");
			}
		}
		if (!wrong.isEmpty()) {
			return null;
		}
		boolean unrecordedAsset = kind == DiscrepancyKind.UNRECORDED;
		String type = JsonList.text(entry, TYPE.name());
		return new AssetAuditDiscrepancy(line, kind, assetReference, field, recorded, found,
				unrecordedAsset && type != null ? ItemType.read(type).orElse(null) : null, unrecordedAsset ? location : null,
				description, resolution);
	}

	private static void checkLicenceCount(ItemDetails details, String found, List<String> wrong) {
		if (details.type() != ItemType.SOFTWARE_LICENCE) {
			wrong.add(FIELD.name() + ": only a software licence has a licence count.");
			return;
		}
		try {
			if (AuditedField.count(found) < 1) {
				wrong.add(FOUND.name() + ": a licence covers 1 or more.");
			}
		}
		catch (IllegalArgumentException e) {
			wrong.add(e.getMessage());
		}
	}

	/** One correction, made through the register; returns what was changed, in words. */
	private String correct(String schoolId, AssetAuditDiscrepancy d) {
		switch (d.getKind()) {
			case RECORD_DIFFERS -> {
				ConfigurationItem item = registered(schoolId, d);
				ItemDetails details = register.item(schoolId, item.getId()).details();
				register.change(schoolId, item.getId(), d.getField().corrected(details, d.getFoundValue()));
				return d.getField().formValue() + " changed from " + quoted(d.getRecordedValue()) + " to "
						+ quoted(d.getFoundValue());
			}
			case NOT_FOUND -> {
				RegisteredItem removed = register.remove(schoolId, registered(schoolId, d).getId());
				return "taken out of service on " + removed.removedOn();
			}
			default -> {
				register.add(schoolId, new ItemDetails(d.getAssetReference(), d.getFoundValue(), d.getItemType(),
						d.getLocation(), null, null, null, null, null, null, null));
				return "recorded in the register";
			}
		}
	}

	private ConfigurationItem registered(String schoolId, AssetAuditDiscrepancy d) {
		return items.findBySchoolIdAndAssetReferenceIgnoreCase(schoolId, d.getAssetReference())
			.filter(i -> !i.isRemoved())
			.orElseThrow(() -> new IllegalArgumentException(ASSET_REFERENCE.name() + ": '" + d.getAssetReference()
					+ "' is no longer an item in service."));
	}

	private String auditor(String schoolId, String userId) {
		return directory.findPerson(schoolId, userId).map(p -> p.getName() + " (" + userId + ")").orElse(userId);
	}

	private static String brief(AssetAuditDiscrepancy d) {
		String brief = "Asset audit: " + d.getAssetReference() + " " + switch (d.getKind()) {
			case RECORD_DIFFERS -> d.getField().formValue() + " differs from the register";
			case NOT_FOUND -> "not found";
			case UNRECORDED -> "found without a record";
		};
		return brief.length() > MAX_TEXT ? brief.substring(0, MAX_TEXT) : brief;
	}

	/** The discrepancy in words, as the ICT owner and the request for change read it. */
	static String words(AssetAuditDiscrepancy d) {
		return switch (d.getKind()) {
			case RECORD_DIFFERS -> "its " + d.getField().formValue() + " is recorded as " + quoted(d.getRecordedValue())
					+ " but is " + quoted(d.getFoundValue()) + ".";
			case NOT_FOUND -> "it is in the register but was not found.";
			case UNRECORDED -> "an asset that is not in the register: " + d.getFoundValue()
					+ (d.getLocation() == null ? "" : " (" + d.getLocation() + ")") + ".";
		};
	}

	private static String quoted(String value) {
		return value == null ? "nothing" : "'" + value + "'";
	}

	private static int count(List<AssetAuditDiscrepancy> found, DiscrepancyResolution resolution) {
		return (int) found.stream().filter(d -> d.getResolution() == resolution).count();
	}

	private static <E extends Enum<E> & FormValue> E value(Map<String, Object> entry, String field, Class<E> type,
			String missing, List<String> wrong) {
		String text = JsonList.text(entry, field);
		if (text == null) {
			wrong.add(field + ": " + missing + ".");
			return null;
		}
		try {
			return FormValue.of(type, field, text);
		}
		catch (IllegalArgumentException e) {
			wrong.add(e.getMessage());
			return null;
		}
	}

	private static String text(Map<String, Object> entry, String field, int max, List<String> wrong) {
		String text = JsonList.text(entry, field);
		if (text != null && text.length() > max) {
			wrong.add(field + ": at most " + max + " characters.");
		}
		return text;
	}

	private static String key(String reference) {
		return reference.trim().toLowerCase(Locale.ROOT);
	}
}
