package org.fitsflow.system.process;

import org.fitsflow.testsupport.PostgresTest;

@PostgresTest
class ProcessOwnerPostgresTest extends ProcessOwnerScenario {
}
