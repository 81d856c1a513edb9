package org.fitsflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class H2StatementsTest {

	@Test
	void anH2DatabaseKeepsMoreParsedStatements() {
		assertThat(H2Statements.withQueryCache("jdbc:h2:file:./data/fits-flow"))
			.isEqualTo("jdbc:h2:file:./data/fits-flow;QUERY_CACHE_SIZE=256");
	}

	@Test
	void aCacheSizeInTheUrlStaysAndOtherDatabasesAreLeftAlone() {
		assertThat(H2Statements.withQueryCache("jdbc:h2:mem:x;query_cache_size=16")).isEqualTo("jdbc:h2:mem:x;query_cache_size=16");
		assertThat(H2Statements.withQueryCache("jdbc:postgresql://db/fits")).isEqualTo("jdbc:postgresql://db/fits");
		assertThat(H2Statements.withQueryCache(null)).isNull();
	}
}
