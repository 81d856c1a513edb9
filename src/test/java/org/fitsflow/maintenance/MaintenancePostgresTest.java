package org.fitsflow.maintenance;

import org.fitsflow.testsupport.PostgresTest;

@PostgresTest
class MaintenancePostgresTest extends MaintenanceScenario {
}
