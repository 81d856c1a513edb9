package org.fitsflow.system;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Keeps Tasklist fast at authority scale on PostgreSQL (src/bench/task-lists.sh). The engine checks a task list
 * against the caller's per-task grants with a join on {@code RESOURCE_ID_ IN (task, model, '*')}. PostgreSQL guesses
 * that a permission test such as {@code PERMS_ & 2 = 2} keeps 0.5% of the grants, expects a handful of rows, and
 * compares every task with every grant: 9 million comparisons and 0.8-1.3 s for 3,000 open tasks. Told the truth
 * (statistics on those expressions), it looks each task's grants up in the engine's own index instead. Two things make
 * it so: the statistics, made once the engine's tables exist, and a plan made for each query's own values (a plan
 * cached for any values cannot use them). JIT compilation, which costs more than these short queries, is off.
 * Nothing changes on H2.
 */
public class TaskListTuning extends AbstractProcessEnginePlugin implements BeanPostProcessor {

	/** The permission bits the engine's queries test: READ, READ_TASK, READ_INSTANCE. */
	static final int[] PERMISSION_BITS = { 2, 64, 512 };
	static final String SESSION_SETTINGS = "SET plan_cache_mode = force_custom_plan; SET jit = off";

	private static final Logger log = LoggerFactory.getLogger(TaskListTuning.class);

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && isPostgres(pool.getJdbcUrl())) {
			if (pool.getConnectionInitSql() == null) {
				pool.setConnectionInitSql(SESSION_SETTINGS);
			}
			else {
				log.warn("The database pool has its own connection-init-sql; add '{}' to it for fast task lists",
						SESSION_SETTINGS);
			}
		}
		return bean;
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		var configuration = engine.getProcessEngineConfiguration();
		if (!"postgres".equals(configuration.getDatabaseType())) {
			return;
		}
		DataSource dataSource = configuration.getDataSource();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		try {
			for (int bit : PERMISSION_BITS) {
				jdbc.execute("create statistics if not exists fits_auth_perms_" + bit + " on ((perms_ & " + bit
						+ ")) from act_ru_authorization");
			}
			jdbc.execute("analyze act_ru_authorization");
		}
		catch (DataAccessException notAllowed) {
			// Not the tables' owner, or PostgreSQL before 14: everything works, large task lists are slower.
			log.warn("Could not add statistics on act_ru_authorization ({}); task lists of thousands of open tasks will be "
					+ "slow. Ask the database's administrator to run, for each n in 2, 64, 512: create statistics "
					+ "fits_auth_perms_n on ((perms_ & n)) from act_ru_authorization; then analyze act_ru_authorization.",
					notAllowed.getMostSpecificCause().getMessage());
		}
	}

	static boolean isPostgres(String jdbcUrl) {
		return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
	}
}
