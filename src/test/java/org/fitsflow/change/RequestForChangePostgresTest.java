package org.fitsflow.change;

import org.fitsflow.testsupport.PostgresTest;

@PostgresTest
class RequestForChangePostgresTest extends RequestForChangeScenario {
}
