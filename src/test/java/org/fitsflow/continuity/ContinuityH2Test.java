package org.fitsflow.continuity;

import org.fitsflow.testsupport.ServiceTest;

@ServiceTest
class ContinuityH2Test extends ContinuityScenario {
}
