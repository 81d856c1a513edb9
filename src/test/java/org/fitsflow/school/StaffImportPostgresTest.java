package org.fitsflow.school;

import org.fitsflow.testsupport.PostgresTest;

@PostgresTest
class StaffImportPostgresTest extends StaffImportScenario {
}
