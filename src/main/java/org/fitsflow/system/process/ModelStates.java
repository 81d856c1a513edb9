package org.fitsflow.system.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.repository.Deployment;
import org.fitsflow.system.process.ModelChecks.Located;
import org.fitsflow.system.process.ModelFile.Kind;

/**
 * Who wins between the repository's bpmn/, dmn/ and forms/ and what a process owner deployed from Camunda Modeler.
 * The rule: <b>the newest deliberate change wins, and a restart is not a change.</b>
 * <ul>
 * <li>A repository file the service deployed before and that has not changed since is not deployed again, so a
 * process owner's later deployment of it stays live across restarts ({@link State#PROCESS_OWNER_CHANGE}).</li>
 * <li>A repository file that is new or changed (a new release, a commit) is deployed ({@link State#NEW},
 * {@link State#REPOSITORY_CHANGE}).</li>
 * <li>When both changed (a process owner deployed it after the service last did, and the repository's file changed
 * too), the process owner's version stays live if it still meets this release's contracts
 * ({@link State#BOTH_CHANGED_KEPT_LIVE}); otherwise the repository's is deployed, because the service could not work
 * with the live one ({@link State#BOTH_CHANGED_REPLACED}). Both are logged as warnings and listed by
 * {@code GET /api/models}; the replaced version stays in its deployment, to download and merge.</li>
 * </ul>
 */
final class ModelStates {

	enum State {
		/** The live version is the repository's file. */
		SAME,
		/** Not deployed yet. */
		NEW,
		/** Changed in the repository since the service last deployed it, and nobody else deployed it since. */
		REPOSITORY_CHANGE,
		/** A process owner deployed another version after the service last deployed the unchanged repository file. */
		PROCESS_OWNER_CHANGE,
		/** Both changed; the process owner's version stays live (it still meets the contracts). */
		BOTH_CHANGED_KEPT_LIVE,
		/** Both changed; the repository's version replaces the process owner's, which breaks this release's contracts. */
		BOTH_CHANGED_REPLACED,
		/** Live, but no file in the repository defines it (added by a process owner). */
		LIVE_ONLY;

		boolean deploysRepository() {
			return this == NEW || this == REPOSITORY_CHANGE || this == BOTH_CHANGED_REPLACED;
		}
	}

	/** A file of the repository, by its repository-relative name. */
	record RepositoryFile(String name, byte[] bytes) {
	}

	/** Where a live version came from. */
	record Live(String deploymentId, String resourceName, String deploymentName, String source, Date deployedAt) {
		static Live of(Located located) {
			return new Live(located.deploymentId(), located.resourceName(), located.deploymentName(), located.source(),
					located.deployedAt());
		}
	}

	/** One model file: its repository name, what it defines, where its live version came from, and its state. */
	record FileState(String file, Map<Kind, Set<String>> keys, State state, List<Live> live, List<String> why) {
	}

	private ModelStates() {
	}

	/** The state of every repository file, and of live models no repository file defines. */
	static List<FileState> of(List<RepositoryFile> repository, DeployedModels deployed, ModelRules rules) {
		List<FileState> states = new ArrayList<>();
		Map<String, byte[]> lastDeployed = lastDeployedByRepository(deployed,
				repository.stream().map(RepositoryFile::name).toList());
		for (RepositoryFile file : repository) {
			ModelFiles.read(file.name(), file.bytes())
				.ifPresent(read -> states.add(stateOf(file, read, lastDeployed.get(file.name()), deployed, rules)));
		}
		states.addAll(liveOnly(states, deployed));
		return states;
	}

	private static FileState stateOf(RepositoryFile file, ModelFile read, byte[] lastDeployed, DeployedModels deployed,
			ModelRules rules) {
		Map<String, Located> live = new LinkedHashMap<>();
		boolean allLive = true;
		for (Map.Entry<Kind, Set<String>> keys : read.keys().entrySet()) {
			for (String key : keys.getValue()) {
				Optional<Located> located = deployed.locate(keys.getKey(), key);
				located.ifPresent(l -> live.putIfAbsent(l.deploymentId() + "/" + l.resourceName(), l));
				allLive &= located.isPresent();
			}
		}
		List<Live> sources = live.values().stream().map(Live::of).toList();
		if (live.isEmpty()) {
			return new FileState(file.name(), read.keys(), State.NEW, sources, List.of());
		}
		boolean liveIsRepository = allLive
				&& live.values().stream().allMatch(l -> Arrays.equals(deployed.bytes(l), file.bytes()));
		if (liveIsRepository) {
			return new FileState(file.name(), read.keys(), State.SAME, sources, List.of());
		}
		boolean repositoryChanged = lastDeployed == null || !Arrays.equals(lastDeployed, file.bytes());
		boolean liveFromElsewhere = live.values().stream()
			.anyMatch(l -> !ModelDeployment.DEPLOYMENT_NAME.equals(l.deploymentName()));
		if (!liveFromElsewhere) {
			return new FileState(file.name(), read.keys(), State.REPOSITORY_CHANGE, sources, List.of());
		}
		if (!repositoryChanged) {
			return new FileState(file.name(), read.keys(), State.PROCESS_OWNER_CHANGE, sources, List.of());
		}
		List<ModelFile> liveFiles = live.values().stream().map(deployed::file).flatMap(Optional::stream).toList();
		List<ModelChecks.Finding> findings = ModelChecks.check(new ModelChecks.Candidate(null, null, liveFiles), deployed,
				rules);
		return findings.isEmpty()
				? new FileState(file.name(), read.keys(), State.BOTH_CHANGED_KEPT_LIVE, sources, List.of())
				: new FileState(file.name(), read.keys(), State.BOTH_CHANGED_REPLACED, sources,
						findings.stream().map(ModelChecks.Finding::toString).toList());
	}

	/**
	 * The bytes of each repository file as the service last deployed it: from the newest deployment named
	 * "fits-flow" that holds a resource of that name (each start deploys only what changed).
	 */
	private static Map<String, byte[]> lastDeployedByRepository(DeployedModels deployed, List<String> names) {
		Map<String, byte[]> last = new LinkedHashMap<>();
		for (Deployment deployment : deployed.deploymentsNamed(ModelDeployment.DEPLOYMENT_NAME)) {
			if (last.size() == names.size()) {
				break;
			}
			for (String resource : deployed.resourceNames(deployment.getId())) {
				if (names.contains(resource) && !last.containsKey(resource)) {
					last.put(resource, deployed.bytes(deployment.getId(), resource));
				}
			}
		}
		return last;
	}

	/** Live processes and decisions (and the forms they use) that no repository file defines. */
	private static List<FileState> liveOnly(List<FileState> repository, DeployedModels deployed) {
		Map<Kind, Set<String>> known = new LinkedHashMap<>();
		for (FileState state : repository) {
			state.keys().forEach((kind, keys) -> known.computeIfAbsent(kind, k -> new java.util.HashSet<>()).addAll(keys));
		}
		Map<String, FileState> extra = new LinkedHashMap<>();
		for (Located located : liveModels(deployed)) {
			if (known.getOrDefault(located.kind(), Set.of()).contains(located.key())) {
				continue;
			}
			String file = repositoryName(located);
			FileState previous = extra.get(file);
			Map<Kind, Set<String>> keys = new LinkedHashMap<>();
			if (previous != null) {
				previous.keys().forEach((k, v) -> keys.put(k, new java.util.LinkedHashSet<>(v)));
			}
			keys.computeIfAbsent(located.kind(), k -> new java.util.LinkedHashSet<>()).add(located.key());
			extra.put(file, new FileState(file, keys, State.LIVE_ONLY, List.of(Live.of(located)), List.of()));
		}
		return List.copyOf(extra.values());
	}

	/** Every live (shared) process, decision and form: processes and decisions, and the forms the processes use. */
	static List<Located> liveModels(DeployedModels deployed) {
		List<Located> all = new ArrayList<>();
		Set<String> forms = new java.util.TreeSet<>();
		for (ModelFile.Process process : deployed.latestProcesses()) {
			deployed.locate(Kind.PROCESS, process.key()).ifPresent(all::add);
			forms.addAll(process.formIds());
		}
		all.addAll(deployed.latestDecisions());
		for (String form : forms) {
			deployed.locate(Kind.FORM, form).ifPresent(all::add);
		}
		return all;
	}

	/** The repository-relative name for a live file: its kind's folder and the file's own name. */
	static String repositoryName(Located located) {
		return located.kind().folder() + "/" + ModelFiles.baseName(located.resourceName());
	}
}
