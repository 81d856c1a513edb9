package org.fitsflow.security;

import org.fitsflow.testsupport.PostgresTest;

@PostgresTest
class MaintenanceAttackPostgresTest extends MaintenanceAttackScenario {
}
