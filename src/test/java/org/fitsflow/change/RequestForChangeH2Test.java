package org.fitsflow.change;

import org.fitsflow.testsupport.ServiceTest;

@ServiceTest
class RequestForChangeH2Test extends RequestForChangeScenario {
}
