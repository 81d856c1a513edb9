package org.fitsflow.incident;

import org.fitsflow.testsupport.PostgresTest;

@PostgresTest
class IncidentScenarioPostgresTest extends IncidentScenario {
}
