package org.fitsflow.system;

import org.springframework.beans.factory.config.BeanPostProcessor;

import com.zaxxer.hikari.HikariDataSource;

/**
 * On H2 (the default database), each connection keeps its parsed statements in a cache of only 8 by default; one
 * incident report runs several dozen different statements (the engine's and FITS Flow's), so every statement was parsed
 * afresh: 15% of a report's time (src/bench/intake.sh). A cache of {@value #QUERY_CACHE_SIZE} holds them all. A URL
 * that sets its own {@code QUERY_CACHE_SIZE} keeps it; nothing changes on other databases.
 */
public class H2Statements implements BeanPostProcessor {

	static final int QUERY_CACHE_SIZE = 256;

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool) {
			pool.setJdbcUrl(withQueryCache(pool.getJdbcUrl()));
		}
		return bean;
	}

	static String withQueryCache(String jdbcUrl) {
		if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:h2:") || jdbcUrl.toUpperCase().contains(";QUERY_CACHE_SIZE=")) {
			return jdbcUrl;
		}
		return jdbcUrl + ";QUERY_CACHE_SIZE=" + QUERY_CACHE_SIZE;
	}
}
