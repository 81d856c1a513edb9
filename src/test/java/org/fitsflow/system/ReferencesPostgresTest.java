package org.fitsflow.system;

import org.fitsflow.testsupport.PostgresTest;

@PostgresTest
class ReferencesPostgresTest extends ReferencesScenario {
}
