package org.fitsflow.continuity;

import org.fitsflow.testsupport.PostgresTest;

@PostgresTest
class ContinuityPostgresTest extends ContinuityScenario {
}
