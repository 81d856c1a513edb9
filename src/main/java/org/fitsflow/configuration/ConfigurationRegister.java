package org.fitsflow.configuration;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fitsflow.school.SchoolDirectory;
import org.fitsflow.servicelevel.CatalogueService;
import org.fitsflow.servicelevel.ServiceCatalogue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school's configuration register (002: the asset and licence list maintenance keeps; 003, glossary): its items,
 * the catalogue services each supports and the items each depends on. Every change is checked whole first: if anything
 * is wrong nothing changes, and each problem names its field.
 */
@Service
@Transactional
public class ConfigurationRegister {

	static final int MAX_TEXT = 200;
	static final int MAX_REFERENCE = 64;

	private final ConfigurationItemRepository items;
	private final ServiceCatalogue catalogue;
	private final SchoolDirectory directory;
	private final ConfigurationSpreadsheet spreadsheet;
	private final ExpiryReminders reminders;
	private final Clock clock;

	ConfigurationRegister(ConfigurationItemRepository items, ServiceCatalogue catalogue, SchoolDirectory directory,
			ConfigurationSpreadsheet spreadsheet, ExpiryReminders reminders, Clock clock) {
		this.items = items;
		this.reminders = reminders;
		this.spreadsheet = spreadsheet;
		this.catalogue = catalogue;
		this.directory = directory;
		this.clock = clock;
	}

	/** The items in service now, by asset reference. */
	@Transactional(readOnly = true)
	public List<RegisteredItem> items(String schoolId) {
		directory.school(schoolId);
		Map<Long, String> serviceNames = serviceNames(schoolId);
		return items.inService(schoolId).stream().map(i -> view(i, serviceNames)).toList();
	}

	/** An item of the school, in service or removed. */
	@Transactional(readOnly = true)
	public RegisteredItem item(String schoolId, long itemId) {
		return view(entity(schoolId, itemId), serviceNames(schoolId));
	}

	/** What a Tasklist select offers: reference and name of each item in service, and nothing more. */
	@Transactional(readOnly = true)
	public List<ItemChoice> choices(String schoolId) {
		return items.choices(schoolId);
	}

	/** Records a new item (by hand, for the register as it stands). */
	public RegisteredItem add(String schoolId, ItemDetails details) {
		return add(schoolId, details, null);
	}

	/** Records a new item; {@code installedByChange}: the request for change that installed it, or null. */
	public RegisteredItem add(String schoolId, ItemDetails details, String installedByChange) {
		directory.school(schoolId);
		refuseIfWrong(schoolId, details, null);
		ConfigurationItem item = new ConfigurationItem(schoolId, details.assetReference(), clock.instant(),
				installedByChange);
		item.update(details, serviceIds(schoolId, details), dependencies(schoolId, details, Map.of()));
		reminders.follow(items.save(item));
		return view(item, serviceNames(schoolId));
	}

	public RegisteredItem change(String schoolId, long itemId, ItemDetails details) {
		ConfigurationItem item = entity(schoolId, itemId);
		refuseIfWrong(schoolId, details, item);
		item.update(details, serviceIds(schoolId, details), dependencies(schoolId, details, Map.of()));
		reminders.follow(item);
		return view(item, serviceNames(schoolId));
	}

	/** Takes an item out of service (kept, with the date, for the records that name it); refused while others depend on it. */
	public RegisteredItem remove(String schoolId, long itemId) {
		ConfigurationItem item = entity(schoolId, itemId);
		List<String> dependents = items.inService(schoolId).stream()
			.filter(other -> other.getDependsOn().contains(item))
			.map(ConfigurationItem::getAssetReference)
			.toList();
		if (!dependents.isEmpty()) {
			throw new IllegalArgumentException("dependsOn: " + String.join(", ", dependents) + " depend"
					+ (dependents.size() == 1 ? "s" : "") + " on " + item.getAssetReference()
					+ "; change " + (dependents.size() == 1 ? "it" : "them") + " first.");
		}
		item.remove(LocalDate.now(clock));
		reminders.follow(item);
		return view(item, serviceNames(schoolId));
	}

	/**
	 * Imports the register from a spreadsheet in the export's layout: an item whose asset reference the register has
	 * is brought to its row, a new one is added, items the spreadsheet leaves out stay as they are. Every row is read
	 * and checked first; if any is wrong nothing changes and each bad row is reported with its number and the reasons.
	 */
	public List<RegisteredItem> importSpreadsheet(String schoolId, InputStream file) {
		directory.school(schoolId);
		List<ConfigurationSpreadsheet.Read> rows = spreadsheet.read(file);
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("The spreadsheet lists no items under row "
					+ (ConfigurationSpreadsheet.HEADER_ROW + 1) + "; nothing was changed.");
		}
		List<ItemDetails> entries = rows.stream().map(ConfigurationSpreadsheet.Read::item).toList();
		Map<Integer, List<String>> problems = problems(schoolId, entries, true);
		List<ItemsRefused.BadEntry> bad = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			List<String> found = new ArrayList<>(rows.get(i).problems());
			found.addAll(problems.getOrDefault(i + 1, List.of()));
			if (!found.isEmpty()) {
				bad.add(new ItemsRefused.BadEntry(rows.get(i).rowNumber(), entries.get(i).assetReference(), found));
			}
		}
		if (!bad.isEmpty()) {
			throw new ItemsRefused("The spreadsheet has " + bad.size() + " row" + (bad.size() == 1 ? "" : "s")
					+ " to correct.", bad);
		}
		Map<String, ConfigurationItem> byReference = items.findBySchoolId(schoolId).stream()
			.collect(Collectors.toMap(i -> key(i.getAssetReference()), Function.identity()));
		Instant now = clock.instant();
		Map<String, ConfigurationItem> recorded = new LinkedHashMap<>();
		for (ItemDetails entry : entries) {
			// New items first, without their dependencies, so that a row may depend on a later row.
			recorded.put(key(entry.assetReference()), byReference.computeIfAbsent(key(entry.assetReference()), k -> {
				ConfigurationItem item = new ConfigurationItem(schoolId, entry.assetReference(), now, null);
				item.update(entry, serviceIds(schoolId, entry), Set.of());
				return items.save(item);
			}));
		}
		for (ItemDetails entry : entries) {
			recorded.get(key(entry.assetReference()))
				.update(entry, serviceIds(schoolId, entry), dependencies(schoolId, entry, byReference));
		}
		recorded.values().forEach(reminders::follow);
		Map<Long, String> serviceNames = serviceNames(schoolId);
		return recorded.values().stream().map(i -> view(i, serviceNames)).toList();
	}

	/** The register as it stands, as a spreadsheet in the layout the import reads. */
	@Transactional(readOnly = true)
	public byte[] spreadsheet(String schoolId) {
		String name = directory.school(schoolId).getName();
		return spreadsheet.write(name, "As it stands on " + LocalDate.now(clock),
				items(schoolId).stream().map(RegisteredItem::details).toList());
	}

	/**
	 * Every entry's problems, by position (1 = the first), each starting with its field: what a single item must
	 * satisfy, no asset reference twice, services from the catalogue, dependencies on items of the register or the set.
	 * {@code mayExist}: entries may name items the register has (to change them).
	 */
	@Transactional(readOnly = true)
	public Map<Integer, List<String>> problems(String schoolId, List<ItemDetails> entries, boolean mayExist) {
		Set<String> registered = items.findBySchoolId(schoolId).stream().map(i -> key(i.getAssetReference()))
			.collect(Collectors.toSet());
		Set<String> inSet = entries.stream().map(ItemDetails::assetReference).filter(r -> r != null).map(ConfigurationRegister::key)
			.collect(Collectors.toSet());
		Set<String> services = catalogueNames(schoolId);
		Map<String, Integer> firstSeen = new HashMap<>();
		Map<Integer, List<String>> problems = new LinkedHashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			ItemDetails entry = entries.get(i);
			List<String> found = new ArrayList<>(rules(entry, services));
			if (entry.assetReference() != null) {
				Integer earlier = firstSeen.putIfAbsent(key(entry.assetReference()), i + 1);
				if (earlier != null) {
					found.add("assetReference: '" + entry.assetReference() + "' is given twice (also entry " + earlier + ").");
				}
				else if (!mayExist && registered.contains(key(entry.assetReference()))) {
					found.add("assetReference: '" + entry.assetReference() + "' is already in the register.");
				}
			}
			for (String dependency : entry.dependsOn()) {
				if (!registered.contains(key(dependency)) && !inSet.contains(key(dependency))) {
					found.add("dependsOn: '" + dependency + "' is not in the register.");
				}
			}
			if (!found.isEmpty()) {
				problems.put(i + 1, found);
			}
		}
		return problems;
	}

	/**
	 * The asset references as the register spells them, for references a record names (an incident's asset, the items
	 * of a request for change): each must be an item of this school in service. Refused, naming {@code field} and each
	 * unknown reference, otherwise; another school's items are unknown here.
	 */
	@Transactional(readOnly = true)
	public List<String> named(String schoolId, String field, Collection<String> references) {
		List<String> found = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String reference : references) {
			if (reference == null || reference.isBlank()) {
				continue;
			}
			items.findBySchoolIdAndAssetReferenceIgnoreCase(schoolId, reference.trim())
				.filter(i -> !i.isRemoved())
				.ifPresentOrElse(i -> found.add(i.getAssetReference()), () -> unknown.add(reference.trim()));
		}
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException(field + ": " + unknown.stream().map(r -> "'" + r + "'")
				.collect(Collectors.joining(", ")) + (unknown.size() == 1 ? " is" : " are")
					+ " not in the school's configuration register; choose from its items.");
		}
		return found.stream().distinct().toList();
	}

	/**
	 * One asset reference a record names (an incident's, a problem's), as the register spells it; null for none.
	 * Refused, naming {@code field}, if it is not an item of this school in service.
	 */
	@Transactional(readOnly = true)
	public String named(String schoolId, String field, String reference) {
		return reference == null || reference.isBlank() ? null : named(schoolId, field, List.of(reference)).get(0);
	}

	/**
	 * A request for change was carried out (wholly or partly): the items it named record it as their last change, and
	 * the items it installed are recorded as new installations (the monthly service report counts them). Checked
	 * whole first; {@code field} names the new items in what is refused.
	 */
	public void recordChange(String schoolId, String changeReference, Collection<String> changedItems,
			List<ItemDetails> installed, String field) {
		Map<Integer, List<String>> problems = problems(schoolId, installed, false);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(field + ": " + problems.entrySet().stream()
				.map(e -> "item " + e.getKey() + ": " + String.join(" ", e.getValue()))
				.collect(Collectors.joining("; ")));
		}
		LocalDate today = LocalDate.now(clock);
		// Named when the change was approved; one it took out of service since is still the change's to record.
		changedItems.forEach(reference -> items.findBySchoolIdAndAssetReferenceIgnoreCase(schoolId, reference)
			.ifPresent(item -> item.changedBy(changeReference, today)));
		Instant now = clock.instant();
		Map<String, ConfigurationItem> added = new LinkedHashMap<>();
		for (ItemDetails details : installed) {
			// All saved first, so that a new item may depend on another one the change installed.
			ConfigurationItem item = new ConfigurationItem(schoolId, details.assetReference(), now, changeReference);
			item.update(details, serviceIds(schoolId, details), Set.of());
			item.changedBy(changeReference, today);
			added.put(key(details.assetReference()), items.save(item));
		}
		for (ItemDetails details : installed) {
			added.get(key(details.assetReference()))
				.update(details, serviceIds(schoolId, details), dependencies(schoolId, details, added));
		}
		added.values().forEach(reminders::follow);
	}

	/** When each item a request for change installed entered the register, from {@code from} to {@code to}. */
	@Transactional(readOnly = true)
	public List<Instant> installedAt(String schoolId, Instant from, Instant to) {
		return items.installedAt(schoolId, from, to);
	}

	private void refuseIfWrong(String schoolId, ItemDetails details, ConfigurationItem changing) {
		List<String> found = new ArrayList<>(rules(details, catalogueNames(schoolId)));
		if (details.assetReference() != null) {
			items.findBySchoolIdAndAssetReferenceIgnoreCase(schoolId, details.assetReference())
				.filter(other -> other != changing)
				.ifPresent(other -> found.add("assetReference: '" + details.assetReference()
						+ "' is already in the register" + (other.isRemoved() ? " (taken out of service on "
								+ other.getRemovedOn() + ")" : "") + "."));
		}
		for (String dependency : details.dependsOn()) {
			if (changing != null && key(dependency).equals(key(changing.getAssetReference()))) {
				found.add("dependsOn: an item cannot depend on itself.");
			}
			else if (items.findBySchoolIdAndAssetReferenceIgnoreCase(schoolId, dependency).isEmpty()) {
				found.add("dependsOn: '" + dependency + "' is not in the register.");
			}
		}
		if (!found.isEmpty()) {
			throw new ItemsRefused("", List.of(new ItemsRefused.BadEntry(0, details.assetReference(), found)));
		}
	}

	/** What one item must satisfy on its own. */
	private static List<String> rules(ItemDetails d, Set<String> catalogueNames) {
		List<String> found = new ArrayList<>();
		if (d.assetReference() == null) {
			found.add("assetReference: every item needs its asset reference.");
		}
		else if (d.assetReference().length() > MAX_REFERENCE) {
			found.add("assetReference: at most " + MAX_REFERENCE + " characters.");
		}
		if (d.name() == null) {
			found.add("name: every item needs a name.");
		}
		text(found, "name", d.name());
		text(found, "location", d.location());
		text(found, "supplier", d.supplier());
		if (d.type() == null) {
			found.add("type: one of " + ItemType.choices() + ".");
		}
		for (String service : d.services()) {
			if (!catalogueNames.contains(key(service))) {
				found.add("services: '" + service + "' is not in the service catalogue.");
			}
		}
		if (d.dependsOn().stream().map(ConfigurationRegister::key).anyMatch(r -> r.equals(key(String.valueOf(d.assetReference()))))) {
			found.add("dependsOn: an item cannot depend on itself.");
		}
		if (d.purchaseDate() != null && d.warrantyEnd() != null && d.warrantyEnd().isBefore(d.purchaseDate())) {
			found.add("warrantyEnd: " + d.warrantyEnd() + " is before the purchase date " + d.purchaseDate() + ".");
		}
		if (d.type() == ItemType.SOFTWARE_LICENCE) {
			if (d.licenceCount() == null || d.licenceCount() < 1) {
				found.add("licenceCount: a software licence needs how many it covers (1 or more).");
			}
		}
		else if (d.type() != null) {
			if (d.licenceCount() != null) {
				found.add("licenceCount: only a software licence has a licence count.");
			}
			if (d.licenceExpiry() != null) {
				found.add("licenceExpiry: only a software licence has a licence expiry.");
			}
		}
		return found;
	}

	private static void text(List<String> found, String field, String value) {
		if (value != null && value.length() > MAX_TEXT) {
			found.add(field + ": at most " + MAX_TEXT + " characters.");
		}
	}

	private ConfigurationItem entity(String schoolId, long itemId) {
		return items.findById(itemId)
			.filter(i -> i.getSchoolId().equals(schoolId))
			.orElseThrow(() -> new NoSuchElementException("There is no configuration item " + itemId
					+ " in the register of school '" + schoolId + "'."));
	}

	private Set<Long> serviceIds(String schoolId, ItemDetails details) {
		Map<String, Long> ids = catalogue.services(schoolId).stream()
			.collect(Collectors.toMap(s -> key(s.getName()), CatalogueService::getId, (a, b) -> a));
		Set<Long> found = new LinkedHashSet<>();
		details.services().forEach(name -> found.add(ids.get(key(name))));
		return found;
	}

	private Set<ConfigurationItem> dependencies(String schoolId, ItemDetails details, Map<String, ConfigurationItem> known) {
		Set<ConfigurationItem> found = new LinkedHashSet<>();
		for (String reference : details.dependsOn()) {
			ConfigurationItem item = known.get(key(reference));
			found.add(item != null ? item : items.findBySchoolIdAndAssetReferenceIgnoreCase(schoolId, reference).orElseThrow());
		}
		return found;
	}

	private Set<String> catalogueNames(String schoolId) {
		return catalogue.services(schoolId).stream().map(s -> key(s.getName())).collect(Collectors.toCollection(HashSet::new));
	}

	private Map<Long, String> serviceNames(String schoolId) {
		return catalogue.everyService(schoolId).stream()
			.collect(Collectors.toMap(CatalogueService::getId, CatalogueService::getName));
	}

	static RegisteredItem view(ConfigurationItem i, Map<Long, String> serviceNames) {
		return new RegisteredItem(i.getId(), i.getAssetReference(), i.getName(), i.getType(), i.getLocation(),
				i.getServiceIds().stream().map(serviceNames::get).filter(n -> n != null).sorted().toList(),
				i.getDependsOn().stream().map(ConfigurationItem::getAssetReference).sorted().toList(), i.getSupplier(),
				i.getPurchaseDate(), i.getWarrantyEnd(), i.getLicenceCount(), i.getLicenceExpiry(),
				i.getInstalledByChange(), i.getRecordedAt(), i.getLastChange(), i.getLastChangedOn(), i.getRemovedOn());
	}

	/** Asset references and service names are matched ignoring case and surrounding spaces. */
	static String key(String text) {
		return text.trim().toLowerCase(Locale.ROOT);
	}
}
