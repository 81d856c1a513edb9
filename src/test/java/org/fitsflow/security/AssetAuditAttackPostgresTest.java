package org.fitsflow.security;

import org.fitsflow.testsupport.PostgresTest;

@PostgresTest
class AssetAuditAttackPostgresTest extends AssetAuditAttackScenario {
}
