package org.fitsflow.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Year;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Readable references for FITS records, such as INC-2026-0042 or RFC-2026-0007: numbered per school, prefix and
 * calendar year, one counter row each.
 * <p>
 * A number is taken in a short transaction of its own, so the counter row is locked for one update, not until the
 * caller's whole transaction commits: a school's reports no longer queue behind each other's process starts (issue 15,
 * "Intake speed"). The database's row lock still hands each number out once, however many nodes share the database.
 * The short transactions run on a small pool of their own: taken from the service's pool, a request holding one
 * connection and waiting for a second could wait for ever once every connection is held by such requests.
 * <p>
 * Numbers are taken after the caller's checks, so a refused request takes none. If the caller's transaction still
 * rolls back, its number is given back while it is the last one handed out; a number taken after it leaves a gap.
 * Gaps are harmless: FITS asks for a unique reference per record ("unique identifier"), never for consecutive numbers,
 * and the monthly service report counts the records logged, not the numbers (docs/administrator.md, "References").
 */
@Component
public class References implements DisposableBean {

	/** Connections for the short numbering transactions (a handful of milliseconds each). */
	static final int POOL_SIZE = 4;

	private static final String INCREMENT = "update reference_counter set last_value = last_value + 1"
			+ " where school_id = ? and prefix = ? and counter_year = ?";
	private static final String CURRENT = "select last_value from reference_counter"
			+ " where school_id = ? and prefix = ? and counter_year = ?";
	private static final String CREATE = "insert into reference_counter (school_id, prefix, counter_year, last_value)"
			+ " values (?, ?, ?, 0)";
	private static final String GIVE_BACK = "update reference_counter set last_value = last_value - 1"
			+ " where school_id = ? and prefix = ? and counter_year = ? and last_value = ?";

	private static final Logger log = LoggerFactory.getLogger(References.class);

	private final HikariDataSource counters;
	private final Clock clock;

	References(DataSourceProperties database, Clock clock) {
		this.counters = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		this.counters.setPoolName("fits-references");
		this.counters.setJdbcUrl(H2Statements.withQueryCache(this.counters.getJdbcUrl()));
		this.counters.setMaximumPoolSize(POOL_SIZE);
		this.counters.setMinimumIdle(1);
		this.clock = clock;
	}

	/** The next reference, for example INC-2026-0042; given back if the caller's transaction rolls back. */
	public String next(String schoolId, String prefix) {
		int year = Year.now(clock).getValue();
		int number = take(schoolId, prefix, year);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status == STATUS_ROLLED_BACK) {
						giveBack(schoolId, prefix, year, number);
					}
				}
			});
		}
		return String.format("%s-%d-%04d", prefix, year, number);
	}

	private int take(String schoolId, String prefix, int year) {
		try (Connection connection = counters.getConnection()) {
			connection.setAutoCommit(false);
			try {
				Integer number = increment(connection, schoolId, prefix, year);
				if (number == null) {
					// The year's first number: make the counter on its own (another node may do so at the same
					// moment, which is fine), then count as usual.
					connection.rollback();
					connection.setAutoCommit(true);
					create(connection, schoolId, prefix, year);
					connection.setAutoCommit(false);
					number = increment(connection, schoolId, prefix, year);
				}
				connection.commit();
				return number;
			}
			catch (SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		}
		catch (SQLException e) {
			throw new DataAccessResourceFailureException("Could not number a new " + prefix + " record of school '"
					+ schoolId + "'", e);
		}
	}

	private static Integer increment(Connection connection, String schoolId, String prefix, int year) throws SQLException {
		if (execute(connection, INCREMENT, schoolId, prefix, year) == 0) {
			return null;
		}
		try (PreparedStatement current = prepare(connection, CURRENT, schoolId, prefix, year);
				ResultSet row = current.executeQuery()) {
			row.next();
			return row.getInt(1);
		}
	}

	private static void create(Connection connection, String schoolId, String prefix, int year) throws SQLException {
		try {
			execute(connection, CREATE, schoolId, prefix, year);
		}
		catch (SQLException alreadyMade) {
			if (alreadyMade.getSQLState() == null || !alreadyMade.getSQLState().startsWith("23")) {
				throw alreadyMade;
			}
			// another node or request made it first
		}
	}

	private void giveBack(String schoolId, String prefix, int year, int number) {
		try (Connection connection = counters.getConnection()) {
			connection.setAutoCommit(true);
			execute(connection, GIVE_BACK, schoolId, prefix, year, number);
		}
		catch (SQLException e) {
			// The number stays a gap: harmless (see above), so the caller's own failure is what gets reported.
			log.warn("Could not give back {} number {} of school '{}': {}", prefix, number, schoolId, e.getMessage());
		}
	}

	private static int execute(Connection connection, String sql, Object... values) throws SQLException {
		try (PreparedStatement statement = prepare(connection, sql, values)) {
			return statement.executeUpdate();
		}
	}

	private static PreparedStatement prepare(Connection connection, String sql, Object... values) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < values.length; i++) {
			statement.setObject(i + 1, values[i]);
		}
		return statement;
	}

	@Override
	public void destroy() {
		counters.close();
	}
}
