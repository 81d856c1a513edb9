package org.fitsflow.servicelevel;

import org.fitsflow.testsupport.PostgresTest;

@PostgresTest
class ReviewPostgresTest extends ReviewScenario {
}
