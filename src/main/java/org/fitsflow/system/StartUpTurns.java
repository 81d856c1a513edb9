package org.fitsflow.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * Nodes that share one PostgreSQL database start up in turn. Start-up makes things once per installation: Flyway's
 * and the engine's tables, the administrator, the models' deployment, the school, its people, groups, permissions,
 * Tasklist filters and review schedules. Each step checks first and makes what is missing, which is safe on every
 * start but not when two nodes check at the same moment on an empty database (both see nothing, both insert, one
 * fails on a unique constraint and does not start). So before anything touches the database, a node takes a
 * PostgreSQL advisory lock, and it lets go once it is ready (every start-up runner done) or has failed; a node
 * starting meanwhile waits for it, then finds everything made. A node that dies mid-start loses its connection and
 * with it the lock. H2 is never shared by two nodes, so nothing waits there.
 */
@Component
class StartUpTurns implements BeanPostProcessor, ApplicationListener<ApplicationEvent> {

	/** The advisory lock's key: "FITS" in ASCII, the same on every node of every release. */
	static final long LOCK = 0x46495453L;

	/** How long a node waits for another's start-up before it gives up (and fails to start, saying why). */
	static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

	private static final Logger log = LoggerFactory.getLogger(StartUpTurns.class);

	private Connection holding;
	private boolean taken;

	@Override
	public synchronized Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !taken) {
			taken = true;
			holding = takeTurn(dataSource);
		}
		return bean;
	}

	private static Connection takeTurn(DataSource dataSource) {
		Connection connection = null;
		try {
			connection = dataSource.getConnection();
			if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
				connection.close();
				return null;
			}
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try (Statement s = connection.createStatement()) {
				// The lock belongs to the session and outlives this transaction; the wait limit ends with it.
				s.execute("select set_config('lock_timeout', '" + LONGEST_WAIT.toMillis() + "ms', true)");
				var free = s.executeQuery("select pg_try_advisory_lock(" + LOCK + ")");
				free.next();
				if (!free.getBoolean(1)) {
					log.info("Another node on this database is starting up: waiting for it to be ready (at most {})",
							LONGEST_WAIT);
					s.execute("select pg_advisory_lock(" + LOCK + ")");
					log.info("The other node's start-up is done: starting");
				}
			}
			connection.commit();
			connection.setAutoCommit(autoCommit);
			return connection;
		}
		catch (SQLException e) {
			close(connection);
			throw new IllegalStateException("Could not take this node's turn to start up on the database (another node's "
					+ "start-up took longer than " + LONGEST_WAIT + ", or the database refused): " + e.getMessage(), e);
		}
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationReadyEvent || event instanceof ContextClosedEvent) {
			release();
		}
	}

	private synchronized void release() {
		if (holding == null) {
			return;
		}
		try (Statement s = holding.createStatement()) {
			s.execute("select pg_advisory_unlock(" + LOCK + ")");
		}
		catch (SQLException e) {
			log.warn("Could not release the start-up lock ({}); it goes with the connection", e.getMessage());
		}
		close(holding);
		holding = null;
	}

	private static void close(Connection connection) {
		if (connection == null) {
			return;
		}
		try {
			connection.close();
		}
		catch (SQLException ignored) {
			// the pool replaces a broken connection
		}
	}
}
