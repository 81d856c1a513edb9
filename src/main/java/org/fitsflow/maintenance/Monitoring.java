package org.fitsflow.maintenance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fitsflow.configuration.ConfigurationRegister;
import org.fitsflow.problem.Problem;
import org.fitsflow.problem.Problems;
import org.fitsflow.servicelevel.CatalogueService;
import org.fitsflow.servicelevel.ReportedDiskSpace;
import org.fitsflow.servicelevel.ServiceCatalogue;
import org.fitsflow.system.AsSystem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Network monitoring (002): maintenance's notes, the server disk space figures the monthly service report needs
 * (001 task 6), and the potential problems it finds, each raised as a problem for maintenance (Problem Management),
 * its reference kept on the note. A note is checked whole: if any part is wrong nothing is recorded or raised.
 */
@Service
@Transactional
public class Monitoring implements ReportedDiskSpace {

	private static final int LONGEST_NOTE = 4000;

	private final MonitoringNoteRepository notes;
	private final DiskSpaceReadingRepository readings;
	private final ConfigurationRegister register;
	private final ServiceCatalogue catalogue;
	private final Problems problems;
	private final AsSystem asSystem;
	private final Clock clock;

	Monitoring(MonitoringNoteRepository notes, DiskSpaceReadingRepository readings, ConfigurationRegister register,
			ServiceCatalogue catalogue, Problems problems, AsSystem asSystem, Clock clock) {
		this.notes = notes;
		this.readings = readings;
		this.register = register;
		this.catalogue = catalogue;
		this.problems = problems;
		this.asSystem = asSystem;
		this.clock = clock;
	}

	/** The school's notes, newest first. */
	@Transactional(readOnly = true)
	public List<MonitoringRecord> notes(String schoolId) {
		return notes.findBySchoolIdOrderByRecordedAtDesc(schoolId).stream().map(this::view).toList();
	}

	/** Records a note by the caller; a potential problem in it is raised as a problem for maintenance. */
	public MonitoringRecord record(String schoolId, MonitoringDetails details, String by) {
		List<String> wrong = new ArrayList<>();
		if (details.note() == null) {
			wrong.add("note: say what monitoring showed.");
		}
		else if (details.note().length() > LONGEST_NOTE) {
			wrong.add("note: at most " + LONGEST_NOTE + " characters.");
		}
		String asset = named(schoolId, "assetReference", details.assetReference(), wrong);
		Long serviceId = null;
		if (details.service() != null) {
			serviceId = catalogue.byName(schoolId, details.service()).map(CatalogueService::getId).orElse(null);
			if (serviceId == null) {
				wrong.add("service: '" + details.service() + "' is not in the service catalogue.");
			}
		}
		List<MonitoringDetails.DiskSpace> measured = new ArrayList<>();
		for (int i = 0; i < details.diskSpace().size(); i++) {
			MonitoringDetails.DiskSpace d = details.diskSpace().get(i);
			String field = "diskSpace[" + i + "]";
			String server = d == null ? null : named(schoolId, field + ".assetReference", d.assetReference(), wrong);
			if (d == null || d.assetReference() == null) {
				wrong.add(field + ".assetReference: name the server (its asset reference in the register).");
			}
			else if (d.capacityGb() == null || d.capacityGb().signum() <= 0) {
				wrong.add(field + ".capacityGb: the server's disk capacity in GB (more than 0).");
			}
			else if (d.freeGb() == null || d.freeGb().signum() < 0 || d.freeGb().compareTo(d.capacityGb()) > 0) {
				wrong.add(field + ".freeGb: the space free in GB (0 up to the capacity).");
			}
			else if (server != null) {
				measured.add(new MonitoringDetails.DiskSpace(server, d.capacityGb(), d.freeGb()));
			}
		}
		if (details.potentialProblem() != null && details.potentialProblem().length() > 2000) {
			wrong.add("potentialProblem: at most 2000 characters.");
		}
		MaintenanceRefused.refuseIf("The monitoring note was refused.", wrong);

		MonitoringNote note = notes.saveAndFlush(new MonitoringNote(schoolId, details.note(), asset, serviceId, by,
				clock.instant()));
		measured.forEach(d -> readings.save(new DiskSpaceReading(note, d.assetReference(), d.capacityGb(), d.freeGb())));
		if (details.potentialProblem() != null) {
			Problem problem = asSystem.call(() -> problems.raiseFromMonitoring(schoolId, details.potentialProblem(),
					details.service(), asset, by));
			note.problemRaised(problem.getReference());
		}
		return view(note);
	}

	/** The server disk space readings of the period, for the monthly service report. */
	@Override
	@Transactional(readOnly = true)
	public List<ServerReading> readings(String schoolId, Instant from, Instant to) {
		Map<String, String> names = new HashMap<>();
		register.items(schoolId).forEach(i -> names.put(i.assetReference(), i.name()));
		return readings.findBySchoolIdAndMeasuredAtGreaterThanEqualAndMeasuredAtLessThanOrderByMeasuredAt(schoolId, from,
				to).stream()
			.map(r -> new ServerReading(r.getAssetReference(), names.getOrDefault(r.getAssetReference(),
					r.getAssetReference()), r.getCapacityGb(), r.getFreeGb(), r.getMeasuredAt()))
			.toList();
	}

	private String named(String schoolId, String field, String reference, List<String> wrong) {
		try {
			return register.named(schoolId, field, reference);
		}
		catch (IllegalArgumentException e) {
			wrong.add(e.getMessage());
			return null;
		}
	}

	private MonitoringRecord view(MonitoringNote note) {
		List<MonitoringDetails.DiskSpace> disk = readings.findByNoteIdOrderById(note.getId()).stream()
			.map(r -> new MonitoringDetails.DiskSpace(r.getAssetReference(), r.getCapacityGb(), r.getFreeGb())).toList();
		String service = note.getServiceId() == null ? null
				: catalogue.service(note.getSchoolId(), note.getServiceId()).getName();
		return new MonitoringRecord(note.getId(), note.getNote(), note.getAssetReference(), service, disk,
				note.getProblemReference(), note.getRecordedBy(), note.getRecordedAt());
	}
}
