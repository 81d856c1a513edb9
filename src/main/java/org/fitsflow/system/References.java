package org.fitsflow.system;

import java.time.Clock;
import java.time.Year;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Readable references for FITS records, such as INC-2026-0042 or RFC-2026-0007: numbered per school, prefix and
 * calendar year. The counter row is locked by its update until the caller commits, so two nodes never hand out
 * the same number, and a rolled-back record gives its number back.
 */
@Component
public class References {

	private static final String INCREMENT = "update reference_counter set last_value = last_value + 1"
			+ " where school_id = ? and prefix = ? and counter_year = ?";

	private final JdbcTemplate jdbc;
	private final TransactionTemplate separately;
	private final Clock clock;

	References(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public String next(String schoolId, String prefix) {
		int year = Year.now(clock).getValue();
		if (jdbc.update(INCREMENT, schoolId, prefix, year) == 0) {
			// The year's first number: make the counter in its own transaction (another node may do so at the
			// same moment, which is fine), then count as usual.
			try {
				separately.executeWithoutResult(tx -> jdbc.update(
						"insert into reference_counter (school_id, prefix, counter_year, last_value) values (?, ?, ?, 0)",
						schoolId, prefix, year));
			}
			catch (DataIntegrityViolationException alreadyMade) {
				// another node made it first
			}
			jdbc.update(INCREMENT, schoolId, prefix, year);
		}
		Integer number = jdbc.queryForObject("select last_value from reference_counter"
				+ " where school_id = ? and prefix = ? and counter_year = ?", Integer.class, schoolId, prefix, year);
		return String.format("%s-%d-%04d", prefix, year, number);
	}
}
