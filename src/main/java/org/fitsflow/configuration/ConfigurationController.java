package org.fitsflow.configuration;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.fitsflow.school.FitsFunction;
import org.fitsflow.school.SchoolAccess;
import org.fitsflow.spreadsheet.Workbooks;
import org.fitsflow.system.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The configuration register (002, 003): read by the school's members, kept by its maintenance function (who documents
 * the asset and licence list baseline and audits it) or an administrator. The school is the one in the path, checked
 * against the caller; nothing in a body can name another school.
 */
@RestController
@RequestMapping("/api/schools/{schoolId}/configuration-items")
@Tag(name = "Configuration register")
class ConfigurationController {

	private final ConfigurationRegister register;
	private final Baselines baselines;
	private final NetworkTopologies topologies;
	private final SchoolAccess access;
	private final CurrentUser currentUser;

	ConfigurationController(ConfigurationRegister register, Baselines baselines, NetworkTopologies topologies,
			SchoolAccess access, CurrentUser currentUser) {
		this.register = register;
		this.baselines = baselines;
		this.topologies = topologies;
		this.access = access;
		this.currentUser = currentUser;
	}

	record BaselineRequest(String description) {
	}

	record TopologyView(String fileName, String contentType, String uploadedBy, Instant uploadedAt) {
	}

	@GetMapping
	@Operation(summary = "The school's configuration items in service, by asset reference")
	List<RegisteredItem> items(@PathVariable String schoolId) {
		access.checkMember(schoolId);
		return register.items(schoolId);
	}

	@GetMapping("/{itemId:\\d+}")
	RegisteredItem item(@PathVariable String schoolId, @PathVariable long itemId) {
		access.checkMember(schoolId);
		return register.item(schoolId, itemId);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record an item (maintenance or administrator); a problem names each field to correct")
	RegisteredItem add(@PathVariable String schoolId, @RequestBody ItemDetails details) {
		checkMayChange(schoolId);
		return register.add(schoolId, details);
	}

	@PutMapping("/{itemId:\\d+}")
	@Operation(summary = "Change an item's record (maintenance or administrator)")
	RegisteredItem change(@PathVariable String schoolId, @PathVariable long itemId, @RequestBody ItemDetails details) {
		checkMayChange(schoolId);
		return register.change(schoolId, itemId, details);
	}

	@DeleteMapping("/{itemId:\\d+}")
	@Operation(summary = "Take an item out of service (kept with the date; refused while other items depend on it)")
	RegisteredItem remove(@PathVariable String schoolId, @PathVariable long itemId) {
		checkMayChange(schoolId);
		return register.remove(schoolId, itemId);
	}

	@GetMapping("/spreadsheet")
	@Operation(summary = "The asset and licence list as a spreadsheet, in the layout the import reads")
	ResponseEntity<byte[]> spreadsheet(@PathVariable String schoolId) {
		access.checkMember(schoolId);
		return download("asset-and-licence-list-" + schoolId + ".xlsx", Workbooks.XLSX, register.spreadsheet(schoolId));
	}

	@PutMapping(path = "/spreadsheet", consumes = { Workbooks.XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@Operation(summary = "Import items from a spreadsheet in the export's layout (maintenance or administrator): items "
			+ "are added or brought to their row by asset reference. Every row is checked first: if any is wrong nothing "
			+ "changes and the answer lists each bad row with the reasons")
	List<RegisteredItem> importSpreadsheet(@PathVariable String schoolId, @RequestBody byte[] file) {
		checkMayChange(schoolId);
		return register.importSpreadsheet(schoolId, new ByteArrayInputStream(file));
	}

	@PostMapping("/baselines")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Take a dated baseline of the register as it stands (maintenance or administrator)")
	Baselines.Taken takeBaseline(@PathVariable String schoolId, @RequestBody(required = false) BaselineRequest request) {
		checkMayChange(schoolId);
		return baselines.take(schoolId, request == null ? null : request.description(), currentUser.userId());
	}

	@GetMapping("/baselines")
	List<Baselines.Taken> baselines(@PathVariable String schoolId) {
		access.checkMember(schoolId);
		return baselines.baselines(schoolId);
	}

	@GetMapping("/baselines/{baselineId}/comparison")
	@Operation(summary = "Today's register against a baseline: items added, removed and changed (with the fields)")
	Baselines.Comparison compare(@PathVariable String schoolId, @PathVariable long baselineId) {
		access.checkMember(schoolId);
		return baselines.compare(schoolId, baselineId);
	}

	@PutMapping("/network-topology")
	@Operation(summary = "Attach the network topology diagram (maintenance or administrator): the file as the body, "
			+ "its name in ?name=; earlier diagrams are kept")
	TopologyView keepTopology(@PathVariable String schoolId, @RequestParam String name,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
			@RequestBody byte[] file) {
		checkMayChange(schoolId);
		NetworkTopology kept = topologies.keep(schoolId, name, contentType, file, currentUser.userId());
		return new TopologyView(kept.getFileName(), kept.getContentType(), kept.getUploadedBy(), kept.getUploadedAt());
	}

	@GetMapping("/network-topology")
	@Operation(summary = "The current network topology diagram, as the file that was attached")
	ResponseEntity<byte[]> topology(@PathVariable String schoolId) {
		access.checkMember(schoolId);
		NetworkTopology current = topologies.current(schoolId);
		return download(current.getFileName(), current.getContentType(), current.getContent());
	}

	/** Refused whole: each bad row (or the one item) with its reasons, each naming its field. */
	@ExceptionHandler(ItemsRefused.class)
	ProblemDetail refused(ItemsRefused e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		problem.setTitle("Configuration items refused");
		problem.setType(URI.create("about:blank"));
		problem.setProperty("fields", e.fields());
		problem.setProperty("rows", e.entries());
		return problem;
	}

	private static ResponseEntity<byte[]> download(String name, String contentType, byte[] file) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name.replace("\"", "") + "\"")
			.contentType(MediaType.parseMediaType(contentType))
			.body(file);
	}

	private void checkMayChange(String schoolId) {
		access.checkHoldsOrAdministrator(schoolId, FitsFunction.MAINTENANCE, "change its configuration register");
	}
}
