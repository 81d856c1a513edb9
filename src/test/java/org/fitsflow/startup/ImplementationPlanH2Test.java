package org.fitsflow.startup;

import org.fitsflow.testsupport.ServiceTest;

@ServiceTest
class ImplementationPlanH2Test extends ImplementationPlanScenario {
}
