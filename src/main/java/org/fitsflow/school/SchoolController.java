package org.fitsflow.school;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.fitsflow.system.ApiExceptionHandler;
import org.fitsflow.system.CurrentUser;
import org.fitsflow.system.ForbiddenException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
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
 * Schools, their people and who holds each FITS function. Anyone in a school may read; the school's ICT owner
 * (who decides who fulfils each function, 003) and administrators may change.
 */
@RestController
@RequestMapping("/api/schools")
@Tag(name = "Schools and FITS functions")
class SchoolController {

	private final SchoolDirectory directory;
	private final FunctionChanges changes;
	private final CurrentUser currentUser;
	private final SchoolAccess access;
	private final StaffImport staffImport;

	SchoolController(SchoolDirectory directory, FunctionChanges changes, CurrentUser currentUser, SchoolAccess access,
			StaffImport staffImport) {
		this.directory = directory;
		this.staffImport = staffImport;
		this.changes = changes;
		this.currentUser = currentUser;
		this.access = access;
	}

	record SchoolView(String id, String name) {
		static SchoolView of(School school) {
			return new SchoolView(school.getId(), school.getName());
		}
	}

	record NewSchool(@NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9-]+", message = "may contain lower-case letters, digits and - only") String id,
			@NotBlank @Size(max = 200) String name) {
	}

	record PersonView(String userId, String name, String email, Employment employment, String providerName,
			boolean leadershipTeam, List<String> functions) {
		static PersonView of(Person p) {
			return new PersonView(p.getUserId(), p.getName(), p.getEmail(), p.getEmployment(), p.getProviderName(),
					p.isLeadershipTeam(), p.getFunctions().stream().map(FitsFunction::groupId).toList());
		}
	}

	record Holder(String userId, String name) {
	}

	record FunctionView(String function, String title, boolean schoolStaffOnly, List<Holder> holders) {
	}

	record NewIctOwner(@NotBlank String userId) {
	}

	@GetMapping
	@Operation(summary = "The schools the caller belongs to (all of them for an administrator)")
	List<SchoolView> schools() {
		return directory.schools().stream()
			.filter(s -> currentUser.isAdministrator() || currentUser.isMemberOf(s.getId()))
			.map(SchoolView::of)
			.toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a school (administrators only); it becomes a Camunda tenant")
	SchoolView createSchool(@Valid @RequestBody NewSchool school) {
		if (!currentUser.isAdministrator()) {
			throw new ForbiddenException("Only an administrator may add a school.");
		}
		return SchoolView.of(directory.createSchool(school.id(), school.name()));
	}

	@GetMapping("/{schoolId}")
	SchoolView school(@PathVariable String schoolId) {
		checkMayRead(schoolId);
		return SchoolView.of(directory.school(schoolId));
	}

	@GetMapping("/{schoolId}/people")
	@Operation(summary = "The school's people and the functions each holds")
	List<PersonView> people(@PathVariable String schoolId) {
		checkMayRead(schoolId);
		return directory.people(schoolId).stream().map(PersonView::of).toList();
	}

	@PostMapping("/{schoolId}/people")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a person, with a password for a new login (someone who already has a login is linked to "
			+ "this school as they are, without a password); school staff become ICT users")
	PersonView addPerson(@PathVariable String schoolId, @Valid @RequestBody PersonDetails person) {
		checkMayChange(schoolId);
		return PersonView.of(directory.addPerson(schoolId, person));
	}

	@PutMapping("/{schoolId}/people/{userId}")
	@Operation(summary = "Replace a person's details (the user id is the one in the address; every detail but the "
			+ "password is sent, there is no partial update); only an administrator may give a password, which resets "
			+ "theirs")
	PersonView updatePerson(@PathVariable String schoolId, @PathVariable String userId,
			@Valid @RequestBody PersonChange person) {
		checkMayChange(schoolId);
		return PersonView.of(directory.updatePerson(schoolId, userId, person.of(userId), currentUser.isAdministrator()));
	}

	@DeleteMapping("/{schoolId}/people/{userId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "The person leaves the school: their functions are taken (claimed tasks go back to each "
			+ "function), their records stay; their login goes when this was their one school. The ICT owner hands the "
			+ "function over first")
	void removePerson(@PathVariable String schoolId, @PathVariable String userId) {
		checkMayChange(schoolId);
		directory.removePerson(schoolId, userId);
	}

	/** What a staff import added, and the functions nobody holds yet. */
	record ImportView(List<PersonView> people, List<String> unheldFunctions, String next) {
		static ImportView of(StaffImport.Imported imported) {
			return new ImportView(imported.people().stream().map(PersonView::of).toList(),
					imported.unheld().stream().map(FitsFunction::groupId).toList(),
					imported.unheld().isEmpty() ? "Every function is held."
							: "Give each function nobody holds yet: PUT /api/schools/{school}/functions/{function}/holders/{userId}"
									+ (imported.unheld().contains(FitsFunction.ICT_OWNER) ? ", the ICT owner first." : "."));
		}
	}

	@PostMapping(path = "/{schoolId}/people/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Import staff from the list the school's management information system exports (CSV or "
			+ ".xlsx as the part 'file'; columns Name, E-mail, Role, optionally User name and Provider) with the first "
			+ "password of their logins ('firstPassword'). Every row is checked first: if any is wrong nobody is added "
			+ "and the answer lists each bad row with its number and reasons")
	ImportView importStaff(@PathVariable String schoolId, @RequestPart("file") MultipartFile file,
			@RequestParam(name = "firstPassword", required = false) String firstPassword) throws IOException {
		checkMayChange(schoolId);
		return ImportView.of(staffImport.importStaff(schoolId, file.getBytes(), firstPassword));
	}

	/** Refused whole: each bad row with its number and reasons. */
	@ExceptionHandler(StaffImportRefused.class)
	ProblemDetail refused(StaffImportRefused e) {
		ProblemDetail problem = ApiExceptionHandler.badRequest("Staff list refused", e.getMessage(), e.fields());
		problem.setProperty("rows", e.rows());
		return problem;
	}

	@GetMapping("/{schoolId}/functions")
	@Operation(summary = "Each FITS function and who holds it")
	List<FunctionView> functions(@PathVariable String schoolId) {
		checkMayRead(schoolId);
		directory.school(schoolId);
		return Arrays.stream(FitsFunction.values())
			.map(f -> new FunctionView(f.groupId(), f.title(), f.schoolStaffOnly(),
					directory.holders(schoolId, f).stream().map(p -> new Holder(p.getUserId(), p.getName())).toList()))
			.toList();
	}

	@PutMapping("/{schoolId}/functions/{function}/holders/{userId}")
	@Operation(summary = "Give a person a function; refused with the rule's name if the guidance forbids it")
	PersonView assign(@PathVariable String schoolId, @PathVariable String function, @PathVariable String userId) {
		checkMayChange(schoolId);
		return PersonView.of(changes.assign(schoolId, userId, FitsFunction.ofGroupId(function), currentUser.userId()));
	}

	@DeleteMapping("/{schoolId}/functions/{function}/holders/{userId}")
	@Operation(summary = "Take a function from a person; tasks they had claimed go back to the function")
	PersonView unassign(@PathVariable String schoolId, @PathVariable String function, @PathVariable String userId) {
		checkMayChange(schoolId);
		return PersonView.of(directory.unassign(schoolId, userId, FitsFunction.ofGroupId(function)));
	}

	@PutMapping("/{schoolId}/ict-owner")
	@Operation(summary = "Hand the ICT owner function to another member of the leadership team")
	PersonView handOverIctOwner(@PathVariable String schoolId, @Valid @RequestBody NewIctOwner owner) {
		checkMayChange(schoolId);
		return PersonView.of(changes.handOverIctOwner(schoolId, owner.userId(), currentUser.userId()));
	}

	private void checkMayRead(String schoolId) {
		access.checkMember(schoolId);
	}

	private void checkMayChange(String schoolId) {
		access.checkIctOwnerOrAdministrator(schoolId, "change its people and functions");
	}
}
