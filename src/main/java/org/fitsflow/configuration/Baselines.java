package org.fitsflow.configuration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dated baselines of a school's register (002: "document the infrastructure topology, asset and licence list
 * baseline ... to produce a record against which to track changes"), and what changed since one was taken.
 */
@Service
@Transactional
public class Baselines {

	private final ConfigurationBaselineRepository baselines;
	private final ConfigurationRegister register;
	private final Clock clock;

	Baselines(ConfigurationBaselineRepository baselines, ConfigurationRegister register, Clock clock) {
		this.baselines = baselines;
		this.register = register;
		this.clock = clock;
	}

	/** One item changed since the baseline: its reference and the fields that differ. */
	public record Changed(String assetReference, List<String> fields) {
	}

	/** Today's register against the baseline: asset references added and removed, and the items changed. */
	public record Comparison(long baselineId, LocalDate takenOn, List<String> added, List<String> removed,
			List<Changed> changed) {
	}

	/** A baseline as lists show it: when, by whom, why, and how many items it holds. */
	public record Taken(long id, LocalDate takenOn, Instant takenAt, String takenBy, String description, int items) {
		static Taken of(ConfigurationBaseline b) {
			return new Taken(b.getId(), b.getTakenOn(), b.getTakenAt(), b.getTakenBy(), b.getDescription(), b.size());
		}
	}

	/** Records the register as it stands today. */
	public Taken take(String schoolId, String description, String takenBy) {
		List<ItemDetails> items = register.items(schoolId).stream().map(RegisteredItem::details).toList();
		return Taken.of(baselines.save(new ConfigurationBaseline(schoolId, LocalDate.now(clock), clock.instant(), takenBy,
				description == null || description.isBlank() ? null : description.trim(), items)));
	}

	@Transactional(readOnly = true)
	public List<Taken> baselines(String schoolId) {
		return baselines.findBySchoolIdOrderByTakenAtDesc(schoolId).stream().map(Taken::of).toList();
	}

	@Transactional(readOnly = true)
	public Comparison compare(String schoolId, long baselineId) {
		ConfigurationBaseline baseline = baselines.findById(baselineId)
			.filter(b -> b.getSchoolId().equals(schoolId))
			.orElseThrow(() -> new NoSuchElementException("School '" + schoolId + "' has no baseline " + baselineId + "."));
		Map<String, ItemDetails> then = byReference(baseline.items());
		Map<String, ItemDetails> now = byReference(register.items(schoolId).stream().map(RegisteredItem::details).toList());
		List<String> added = now.keySet().stream().filter(r -> !then.containsKey(r)).toList();
		List<String> removed = then.keySet().stream().filter(r -> !now.containsKey(r)).toList();
		List<Changed> changed = new ArrayList<>();
		then.forEach((reference, before) -> {
			ItemDetails after = now.get(reference);
			if (after != null) {
				List<String> fields = differences(before, after);
				if (!fields.isEmpty()) {
					changed.add(new Changed(reference, fields));
				}
			}
		});
		return new Comparison(baseline.getId(), baseline.getTakenOn(), added, removed, changed);
	}

	/** The fields (by their API names) in which two records of one item differ. */
	static List<String> differences(ItemDetails a, ItemDetails b) {
		Map<String, Function<ItemDetails, Object>> fields = new LinkedHashMap<>();
		fields.put("name", ItemDetails::name);
		fields.put("type", ItemDetails::type);
		fields.put("location", ItemDetails::location);
		fields.put("services", d -> d.services().stream().sorted().toList());
		fields.put("dependsOn", d -> d.dependsOn().stream().sorted().toList());
		fields.put("supplier", ItemDetails::supplier);
		fields.put("purchaseDate", ItemDetails::purchaseDate);
		fields.put("warrantyEnd", ItemDetails::warrantyEnd);
		fields.put("licenceCount", ItemDetails::licenceCount);
		fields.put("licenceExpiry", ItemDetails::licenceExpiry);
		return fields.entrySet().stream()
			.filter(f -> !Objects.equals(f.getValue().apply(a), f.getValue().apply(b)))
			.map(Map.Entry::getKey)
			.toList();
	}

	private static Map<String, ItemDetails> byReference(List<ItemDetails> items) {
		Map<String, ItemDetails> map = new LinkedHashMap<>();
		items.forEach(i -> map.put(i.assetReference(), i));
		return map;
	}
}
