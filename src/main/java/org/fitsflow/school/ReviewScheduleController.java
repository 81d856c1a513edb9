package org.fitsflow.school;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.camunda.bpm.engine.RuntimeService;
import org.fitsflow.system.AsSystem;
import org.fitsflow.system.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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
 * A school's review schedules and their dates: read by its members; started, moved and stopped by its ICT owner (who
 * owns the reviews) or an administrator. A second start of the same schedule answers 409.
 */
@RestController
@RequestMapping("/api/schools/{schoolId}/review-schedules")
@Tag(name = "Review schedules")
class ReviewScheduleController {

	private final ReviewSchedules schedules;
	private final SchoolAccess access;
	private final CurrentUser currentUser;
	private final RuntimeService runtime;
	private final AsSystem asSystem;

	ReviewScheduleController(ReviewSchedules schedules, SchoolAccess access, CurrentUser currentUser,
			RuntimeService runtime, AsSystem asSystem) {
		this.schedules = schedules;
		this.access = access;
		this.currentUser = currentUser;
		this.runtime = runtime;
		this.asSystem = asSystem;
	}

	/** A schedule: which review, its title, the last and next dates, and whether its instance is running. */
	record ScheduleView(String reviewKey, String review, LocalDate lastDue, LocalDate nextDue, boolean running,
			String startedBy) {
	}

	record NewSchedule(@NotBlank String reviewKey, @NotNull LocalDate nextDue) {
	}

	record NextDate(@NotNull LocalDate nextDue) {
	}

	@GetMapping
	@Operation(summary = "The school's review schedules and the date each review falls due next")
	List<ScheduleView> list(@PathVariable String schoolId) {
		access.checkMember(schoolId);
		return schedules.schedules(schoolId).stream().map(this::view).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start a review's schedule, the first falling due on nextDue (ICT owner or administrator); "
			+ "409 if the school has one")
	ScheduleView start(@PathVariable String schoolId, @Valid @RequestBody NewSchedule schedule) {
		checkMayChange(schoolId);
		return view(schedules.start(schoolId, schedule.reviewKey(), schedule.nextDue(), currentUser.userId()));
	}

	@PutMapping("/{reviewKey}")
	@Operation(summary = "Move the school's next review to another date (ICT owner or administrator)")
	ScheduleView move(@PathVariable String schoolId, @PathVariable String reviewKey, @Valid @RequestBody NextDate date) {
		checkMayChange(schoolId);
		return view(schedules.move(schoolId, reviewKey, date.nextDue()));
	}

	@DeleteMapping("/{reviewKey}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Stop a review's schedule and a review it has under way (ICT owner or administrator)")
	void stop(@PathVariable String schoolId, @PathVariable String reviewKey) {
		checkMayChange(schoolId);
		schedules.stop(schoolId, reviewKey, "stopped by " + currentUser.userId());
	}

	private ScheduleView view(ReviewSchedule s) {
		boolean running = s.getProcessInstanceId() != null && asSystem.call(() -> runtime.createProcessInstanceQuery()
			.processInstanceId(s.getProcessInstanceId()).count()) > 0;
		return new ScheduleView(s.getReviewKey(), schedules.title(s.getReviewKey()), s.getLastDue(), s.getNextDue(),
				running, s.getStartedBy());
	}

	private void checkMayChange(String schoolId) {
		access.checkIctOwnerOrAdministrator(schoolId, "change its review schedules");
	}
}
