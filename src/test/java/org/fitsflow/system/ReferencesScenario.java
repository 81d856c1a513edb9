package org.fitsflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.fitsflow.incident.Impact;
import org.fitsflow.incident.IncidentManagementProcess;
import org.fitsflow.incident.ReportKind;
import org.fitsflow.incident.Urgency;
import org.fitsflow.mail.MailDispatcher;
import org.fitsflow.system.process.ProcessVariables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * References stay unique when numbers are taken at the same moment: by many requests, by two nodes on one database,
 * and by concurrent incident reports through the engine; a rolled-back record gives its number back. Written once,
 * run on H2 and on PostgreSQL.
 */
abstract class ReferencesScenario {

	@Autowired
	References references;
	@Autowired
	DataSourceProperties database;
	@Autowired
	Clock clock;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	RuntimeService runtime;
	@Autowired
	IdentityService identity;
	@Autowired
	MailDispatcher mailDispatcher;

	/** A second node: its own numbering pool on the same database. */
	private References otherNode;
	private final List<String> started = new ArrayList<>();

	@BeforeEach
	void startOtherNode() {
		otherNode = new References(database, clock);
	}

	@AfterEach
	void cleanUp() throws Exception {
		otherNode.destroy();
		for (String instance : started) {
			runtime.deleteProcessInstance(instance, "test over");
		}
		while (mailDispatcher.sendDue() > 0) {
			// the reporters' e-mails
		}
	}

	@Test
	void twoNodesTakingNumbersAtOnceHandOutEachOnce_withoutGaps() throws Exception {
		String school = "refs-" + UUID.randomUUID().toString().substring(0, 8);
		int threads = 8;
		int each = 25;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<List<String>>> taken = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			References node = t % 2 == 0 ? references : otherNode;
			taken.add(pool.submit(() -> IntStream.range(0, each).mapToObj(i -> node.next(school, "INC")).toList()));
		}
		Set<String> all = new HashSet<>();
		for (Future<List<String>> f : taken) {
			all.addAll(f.get());
		}
		pool.shutdown();
		int year = Year.now(clock).getValue();
		assertThat(all).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, threads * each)
			.mapToObj(n -> String.format("INC-%d-%04d", year, n)).toList());
	}

	@Test
	void aRolledBackRecordGivesItsNumberBack_unlessALaterOneWasTaken() {
		String school = "refs-" + UUID.randomUUID().toString().substring(0, 8);
		int year = Year.now(clock).getValue();
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		assertThat(references.next(school, "RFC")).isEqualTo("RFC-" + year + "-0001");
		transaction.executeWithoutResult(tx -> {
			assertThat(references.next(school, "RFC")).isEqualTo("RFC-" + year + "-0002");
			tx.setRollbackOnly();
		});
		assertThat(references.next(school, "RFC")).as("given back").isEqualTo("RFC-" + year + "-0002");
		transaction.executeWithoutResult(tx -> {
			assertThat(references.next(school, "RFC")).isEqualTo("RFC-" + year + "-0003");
			// another request, on the other node, takes the next number before this one rolls back
			assertThat(CompletableFuture.supplyAsync(() -> otherNode.next(school, "RFC")).join())
				.isEqualTo("RFC-" + year + "-0004");
			tx.setRollbackOnly();
		});
		assertThat(references.next(school, "RFC")).as("a gap, never a number twice").isEqualTo("RFC-" + year + "-0005");
	}

	@Test
	void concurrentReportsFromOneSchoolGetUniqueReferences() throws Exception {
		String teacher = "teacher";
		List<String> groups = identity.createGroupQuery().groupMember(teacher).list().stream().map(Group::getId).toList();
		List<String> tenants = identity.createTenantQuery().userMember(teacher).list().stream().map(Tenant::getId).toList();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<List<ProcessInstance>>> reports = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			reports.add(pool.submit(() -> {
				List<ProcessInstance> mine = new ArrayList<>();
				for (int i = 0; i < 5; i++) {
					identity.setAuthentication(teacher, groups, tenants);
					try {
						mine.add(runtime.startProcessInstanceByKey(IncidentManagementProcess.KEY,
								ProcessVariables.with(IncidentManagementProcess.DESCRIPTION, "Concurrent fault " + i)
									.and(IncidentManagementProcess.SERVICE, "Printing")
									.and(IncidentManagementProcess.IMPACT, Impact.ONE_USER)
									.and(IncidentManagementProcess.URGENCY, Urgency.WORK_IMPAIRED)
									.and(IncidentManagementProcess.KIND, ReportKind.FAULT)));
					}
					finally {
						identity.clearAuthentication();
					}
				}
				return mine;
			}));
		}
		Set<String> referencesGiven = new HashSet<>();
		for (Future<List<ProcessInstance>> f : reports) {
			for (ProcessInstance instance : f.get()) {
				started.add(instance.getId());
				referencesGiven.add(instance.getBusinessKey());
			}
		}
		pool.shutdown();
		assertThat(started).hasSize(20);
		assertThat(referencesGiven).hasSize(20).allMatch(reference -> reference.startsWith("INC-"));
	}
}
