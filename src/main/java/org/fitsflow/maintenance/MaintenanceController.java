package org.fitsflow.maintenance;

import java.util.List;

import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.SchoolAccess;
import org.fitsflow.system.ApiExceptionHandler;
import org.fitsflow.system.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The maintenance function's regular work (002): the preventative maintenance schedule and the monitoring notes. Read
 * by the school's members (the schedule is agreed with them), kept by maintenance or an administrator. The school is
 * the one in the path, checked against the caller; who recorded something is the caller.
 */
@RestController
@RequestMapping("/api/schools/{schoolId}")
@Tag(name = "Maintenance")
class MaintenanceController {

	private final MaintenanceSchedule schedule;
	private final Monitoring monitoring;
	private final SchoolAccess access;
	private final CurrentUser currentUser;

	MaintenanceController(MaintenanceSchedule schedule, Monitoring monitoring, SchoolAccess access,
			CurrentUser currentUser) {
		this.schedule = schedule;
		this.monitoring = monitoring;
		this.access = access;
		this.currentUser = currentUser;
	}

	@GetMapping("/maintenance-schedule")
	@Operation(summary = "The preventative maintenance schedule: each activity, its next date and its occurrences")
	List<ScheduledActivity> schedule(@PathVariable String schoolId) {
		access.checkMember(schoolId);
		return schedule.schedule(schoolId);
	}

	@GetMapping("/maintenance-schedule/{reference}")
	ScheduledActivity activity(@PathVariable String schoolId, @PathVariable String reference) {
		access.checkMember(schoolId);
		return schedule.scheduled(schoolId, reference);
	}

	@PostMapping("/maintenance-schedule")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Put an activity agreed with ICT users on the schedule (maintenance or administrator); its "
			+ "first occurrence is scheduled; a problem names each field to correct")
	ScheduledActivity add(@PathVariable String schoolId, @RequestBody ActivityDetails details) {
		checkMayChange(schoolId);
		return schedule.add(schoolId, details, currentUser.userId());
	}

	@PutMapping("/maintenance-schedule/{reference}")
	@Operation(summary = "Change an activity (maintenance or administrator): its waiting occurrence is replaced")
	ScheduledActivity change(@PathVariable String schoolId, @PathVariable String reference,
			@RequestBody ActivityDetails details) {
		checkMayChange(schoolId);
		return schedule.change(schoolId, reference, details);
	}

	@DeleteMapping("/maintenance-schedule/{reference}")
	@Operation(summary = "Retire an activity (kept with the date): its waiting occurrence ends")
	ScheduledActivity retire(@PathVariable String schoolId, @PathVariable String reference) {
		checkMayChange(schoolId);
		return schedule.retire(schoolId, reference);
	}

	@GetMapping("/monitoring-notes")
	@Operation(summary = "Maintenance's monitoring notes, newest first, with disk space figures and problems raised")
	List<MonitoringRecord> notes(@PathVariable String schoolId) {
		access.checkMember(schoolId);
		return monitoring.notes(schoolId);
	}

	@PostMapping("/monitoring-notes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a monitoring note (maintenance or administrator): server disk space per server, and a "
			+ "potential problem, which is raised as a problem for maintenance")
	MonitoringRecord record(@PathVariable String schoolId, @RequestBody MonitoringDetails details) {
		checkMayChange(schoolId);
		return monitoring.record(schoolId, details, currentUser.userId());
	}

	/** Refused whole, each wrong field named. */
	@ExceptionHandler(MaintenanceRefused.class)
	ProblemDetail refused(MaintenanceRefused e) {
		return ApiExceptionHandler.badRequest("Refused", e.getMessage(), e.fields());
	}

	private void checkMayChange(String schoolId) {
		access.checkHoldsOrAdministrator(schoolId, FitsFunction.MAINTENANCE, "keep its maintenance schedule and notes");
	}
}
