package org.fitsflow.system.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.camunda.bpm.engine.ProcessEngine;
import org.fitsflow.system.CurrentUser;
import org.fitsflow.system.ForbiddenException;
import org.fitsflow.system.process.ModelStates.FileState;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The live models for administrators: where each one came from (the repository or a process owner's deployment),
 * all of them as a zip laid out like the repository, and moving running instances to a new version.
 */
@RestController
@RequestMapping("/api/models")
@Tag(name = "Models")
class ModelController {

	private final ProcessEngine engine;
	private final ModelDeployment repository;
	private final ObjectProvider<ProcessContract> contracts;
	private final ObjectProvider<TimerRule> timerRules;
	private final InstanceMigration migration;
	private final CurrentUser currentUser;

	ModelController(ProcessEngine engine, ModelDeployment repository, ObjectProvider<ProcessContract> contracts,
			ObjectProvider<TimerRule> timerRules, InstanceMigration migration, CurrentUser currentUser) {
		this.engine = engine;
		this.repository = repository;
		this.contracts = contracts;
		this.timerRules = timerRules;
		this.migration = migration;
		this.currentUser = currentUser;
	}

	record LiveVersion(String deploymentId, String deploymentName, String source, Date deployedAt, String resource) {
	}

	record ModelView(String file, Map<String, Set<String>> defines, String state, List<LiveVersion> live,
			List<String> why) {
		static ModelView of(FileState state) {
			Map<String, Set<String>> defines = new LinkedHashMap<>();
			state.keys().forEach((kind, keys) -> defines.put(kind.title(), keys));
			return new ModelView(state.file(), defines, state.state().name().toLowerCase().replace('_', '-'),
					state.live().stream().map(l -> new LiveVersion(l.deploymentId(), l.deploymentName(), l.source(),
							l.deployedAt(), l.resourceName())).toList(),
					state.why());
		}
	}

	@GetMapping
	@Operation(summary = "Each model file: what it defines, where its live version came from, and its state (same, "
			+ "new, repository-change, process-owner-change, both-changed-kept-live, both-changed-replaced, live-only)")
	List<ModelView> models() {
		checkAdministrator();
		return states().stream().map(ModelView::of).toList();
	}

	@GetMapping("/live")
	@Operation(summary = "Every live model as deployed, in a zip laid out like the repository (bpmn/, dmn/, forms/)")
	ResponseEntity<byte[]> live() {
		checkAdministrator();
		DeployedModels deployed = new DeployedModels(engine);
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			for (FileState state : states(deployed)) {
				if (state.live().isEmpty()) {
					continue;
				}
				ModelStates.Live live = state.live().get(0);
				out.putNextEntry(new ZipEntry(state.file()));
				out.write(deployed.bytes(live.deploymentId(), live.resourceName()));
				out.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"fits-flow-live-models.zip\"")
			.contentType(MediaType.parseMediaType("application/zip"))
			.body(zip.toByteArray());
	}

	@PostMapping("/{processKey}/migrations")
	@Operation(summary = "Move running instances to a newer version where the change allows; says which moved and "
			+ "which could not, and why")
	InstanceMigration.Result migrate(@PathVariable String processKey,
			@RequestBody(required = false) InstanceMigration.Request request) {
		checkAdministrator();
		return migration.migrate(processKey, request == null ? new InstanceMigration.Request(null, null, null, null)
				: request);
	}

	private List<FileState> states() {
		return states(new DeployedModels(engine));
	}

	private List<FileState> states(DeployedModels deployed) {
		return ModelStates.of(repository.repositoryFiles(), deployed,
				new ModelRules(contracts.orderedStream().toList(), timerRules.orderedStream().toList()));
	}

	private void checkAdministrator() {
		if (!currentUser.isAdministrator()) {
			throw new ForbiddenException("Only an administrator may read the live models or move running instances.");
		}
	}
}
