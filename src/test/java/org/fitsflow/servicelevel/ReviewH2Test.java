package org.fitsflow.servicelevel;

import org.fitsflow.testsupport.ServiceTest;

@ServiceTest
class ReviewH2Test extends ReviewScenario {
}
