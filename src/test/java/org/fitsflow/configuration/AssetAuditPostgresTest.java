package org.fitsflow.configuration;

import org.fitsflow.testsupport.PostgresTest;

@PostgresTest
class AssetAuditPostgresTest extends AssetAuditScenario {
}
