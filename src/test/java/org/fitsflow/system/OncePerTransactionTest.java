package org.fitsflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.fitsflow.school.Person;
import org.fitsflow.school.PersonRepository;
import org.fitsflow.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A record found by its key is read once per transaction, and only while the transaction's session still holds it. */
@ServiceTest
class OncePerTransactionTest {

	@Autowired
	OncePerTransaction oncePerTransaction;
	@Autowired
	PersonRepository people;
	@Autowired
	EntityManager entities;
	private final TransactionTemplate transaction;

	private final AtomicInteger queries = new AtomicInteger();

	OncePerTransactionTest(@Autowired PlatformTransactionManager transactions) {
		this.transaction = new TransactionTemplate(transactions);
	}

	@Test
	void aRecordIsReadOnceInATransaction() {
		transaction.executeWithoutResult(status -> {
			Person first = teacher().orElseThrow();
			assertThat(teacher()).containsSame(first);
			assertThat(find("hillside", "teacher")).isEmpty(); // another key is another record
			assertThat(queries).hasValue(2);
		});
		transaction.executeWithoutResult(status -> teacher()); // a new transaction reads it again
		assertThat(queries).hasValue(3);
	}

	@Test
	void aRecordTheSessionNoLongerHoldsIsReadAgain() {
		transaction.executeWithoutResult(status -> {
			Person first = teacher().orElseThrow();
			entities.detach(first);
			Person again = teacher().orElseThrow();
			assertThat(again).isNotSameAs(first);
			assertThat(queries).hasValue(2);
		});
	}

	@Test
	void aRecordJustStoredIsKnownWithoutReadingItBack() {
		transaction.executeWithoutResult(status -> {
			Person stored = people.findBySchoolIdAndUserId("riverside", "teacher").orElseThrow();
			oncePerTransaction.remember(Person.class, List.of("riverside", "teacher"), stored);
			assertThat(teacher()).containsSame(stored);
			assertThat(queries).hasValue(0);
		});
	}

	@Test
	void outsideATransactionEveryCallQueries() {
		teacher();
		teacher();
		assertThat(queries).hasValue(2);
	}

	@Test
	void nothingFoundIsNotRemembered() {
		transaction.executeWithoutResult(status -> {
			find("riverside", "nobody-here");
			find("riverside", "nobody-here");
			assertThat(queries).hasValue(2);
		});
	}

	private Optional<Person> teacher() {
		return find("riverside", "teacher");
	}

	private Optional<Person> find(String schoolId, String userId) {
		Supplier<Optional<Person>> query = () -> {
			queries.incrementAndGet();
			return people.findBySchoolIdAndUserId(schoolId, userId);
		};
		return oncePerTransaction.find(Person.class, List.of(schoolId, userId), query);
	}
}
