package org.fitsflow.finance;

import org.fitsflow.testsupport.PostgresTest;

@PostgresTest
class ExpenditurePostgresTest extends ExpenditureScenario {
}
