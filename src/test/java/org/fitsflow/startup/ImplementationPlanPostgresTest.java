package org.fitsflow.startup;

import org.fitsflow.testsupport.PostgresTest;

@PostgresTest
class ImplementationPlanPostgresTest extends ImplementationPlanScenario {
}
